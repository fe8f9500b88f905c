// Assigning a field while a reference to it is used later.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let rx = &p.x;
    p.y = 5;
    p.x = 7; //~ ERROR cannot assign to `p.x` because it is borrowed
    println!("{} {}", rx, p.y);
}
