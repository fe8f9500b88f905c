// std::mem::swap / mem::replace (runtime/mem.rs) on ints, Strings, struct fields, Vec elements and
// tuples; std::process::exit flushes what was printed and sets the exit status.
use std::mem;

#[derive(Debug)]
struct Node { name: String, kids: Vec<u32> }

fn main() {
    let mut a = 1;
    let mut b = 2;
    std::mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
    let mut s = String::from("left");
    let mut t = String::from("right");
    mem::swap(&mut s, &mut t);
    println!("{} {}", s, t);
    let mut n = Node { name: String::from("root"), kids: vec![1, 2] };
    let old = mem::replace(&mut n.name, String::from("new"));
    println!("{} {:?} {}", old, n, n.kids.len());
    let mut v = vec![10, 20, 30];
    let prev = std::mem::replace(&mut v[1], 99);
    println!("{} {:?}", prev, v);
    let mut p = (1, 'a');
    let mut q = (2, 'b');
    mem::swap(&mut p, &mut q);
    println!("{:?} {:?}", p, q);
    print!("bye");
    std::process::exit(3);
}
