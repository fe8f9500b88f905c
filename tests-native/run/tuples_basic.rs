// Tuples: construction, indexing (including nested t.1.0), destructuring, as params and returns.
fn min_max(a: i32, b: i32, c: i32) -> (i32, i32) {
    let mut lo = a;
    let mut hi = a;
    if b < lo { lo = b; }
    if c < lo { lo = c; }
    if b > hi { hi = b; }
    if c > hi { hi = c; }
    (lo, hi)
}

fn add_pair(p: (i64, i64), q: (i64, i64)) -> (i64, i64) {
    (p.0 + q.0, p.1 + q.1)
}

fn divmod(a: u32, b: u32) -> (u32, u32) {
    (a / b, a % b)
}

fn main() {
    let t = (1, 2.5, 'c', true, "str");
    println!("{} {} {} {} {}", t.0, t.1, t.2, t.3, t.4);
    let nested = (1, (2, (3, 4)), 5);
    println!("{} {} {} {}", nested.1.0, nested.1.1.0, nested.1.1.1, nested.2);
    let (lo, hi) = min_max(7, -2, 11);
    println!("lo = {}, hi = {}", lo, hi);
    let s = add_pair((1, 2), (10, 20));
    println!("{} {}", s.0, s.1);
    let (q, r) = divmod(47, 5);
    println!("47 = 5 * {} + {}", q, r);
    let mut m = (0, 0);
    m.0 = 5;
    m.1 += 7;
    println!("{} {}", m.0, m.1);
    let (a, _, c) = (1, 2, 3);
    println!("{} {}", a, c);
    let ((x, y), z) = ((1, 2), 3);
    println!("{}", x + y + z);
    let single = (42,);
    println!("{}", single.0);
    let copy = m;
    m.0 = 99;
    println!("{} {}", copy.0, m.0);
    let u = ();
    let () = u;
}
