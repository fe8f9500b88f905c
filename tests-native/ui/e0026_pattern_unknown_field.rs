// A struct pattern naming a field the struct does not have.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    match p {
        Point { x, z } => println!("{} {}", x, z), //~ ERROR struct `Point` does not have a field named `z`
    }
}
