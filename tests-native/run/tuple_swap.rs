// Swapping and rotating values through tuple construction and `let` tuple patterns.
fn swap(p: (i32, i32)) -> (i32, i32) {
    (p.1, p.0)
}

fn main() {
    let mut a = 1;
    let mut b = 2;
    let (na, nb) = (b, a);
    a = na;
    b = nb;
    println!("a = {}, b = {}", a, b);
    let (x, y, z) = (10, 20, 30);
    let (x, y, z) = (y, z, x);
    println!("{} {} {}", x, y, z);
    let mut fa: u64 = 0;
    let mut fb: u64 = 1;
    for _ in 0..50 {
        let next = (fb, fa + fb);
        fa = next.0;
        fb = next.1;
    }
    println!("fib(50) = {}", fa);
    let mut p = (1, 'a');
    p = (p.0 + 1, 'b');
    println!("{} {}", p.0, p.1);
    let s = swap((3, 4));
    println!("{} {}", s.0, s.1);
    let mut t = (5, 6);
    t = swap(t);
    t = swap(swap(t));
    println!("{} {}", t.0, t.1);
}
