// Vec::append, split_off (with its panic), first_mut/last_mut and binary_search (std's algorithm:
// the same index among equal elements, Err(insertion point) otherwise).
fn main() {
    let mut a = vec![1, 2, 3];
    let mut b = vec![4, 5];
    a.append(&mut b);
    println!("{:?} {:?} {}", a, b, b.is_empty());
    let mut s = vec![String::from("x"), String::from("y"), String::from("z")];
    let t = s.split_off(1);
    println!("{:?} {:?}", s, t);
    let e = s.split_off(1);
    println!("{:?} {:?}", s, e);
    if let Some(x) = a.first_mut() { *x = 100; }
    if let Some(x) = a.last_mut() { *x += 1; }
    println!("{:?}", a);
    let mut empty: Vec<i32> = Vec::new();
    println!("{:?}", empty.first_mut());
    println!("{:?}", empty.last_mut());
    let sorted = vec![1, 3, 3, 3, 5, 8, 8, 13, 21, 21, 21, 21, 34];
    let mut q = 0;
    while q < 36 {
        print!("{}:{:?} ", q, sorted.binary_search(&q));
        q += 1;
    }
    println!();
    let dup = vec![7, 7, 7, 7, 7, 7, 7, 7];
    println!("{:?} {:?}", dup.binary_search(&7), empty.binary_search(&1));
    let words = vec!["ant", "bee", "cat", "dog"];
    println!("{:?} {:?}", words.binary_search(&"cat"), words.binary_search(&"cow"));
    let mut c = vec![1, 2];
    let d = c.split_off(3);
    println!("{:?}", d);
}
