// Struct literal without all fields.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1 }; //~ ERROR missing field `y` in initializer of `Point`
    println!("{} {}", p.x, p.y);
}
