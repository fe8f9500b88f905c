// Assigning to a field of a binding that is not `mut` (rustc: E0594, on the assignment).
struct Point {
    x: i32,
    y: (i32, i32),
}

fn main() {
    let p = Point { x: 1, y: (2, 3) };
    p.x = 2; //~ ERROR cannot assign to `p.x`, as `p` is not declared as mutable
    let q = Point { x: 4, y: (5, 6) };
    q.y.1 += 1; //~ ERROR cannot assign to `q.y.1`, as `q` is not declared as mutable
    println!("{} {} {}", p.x, p.y.0, q.y.1 + q.x);
}
