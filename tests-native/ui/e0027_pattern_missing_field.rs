// A struct pattern must mention every field or use `..`.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let Point { x } = p; //~ ERROR pattern does not mention field `y`
    println!("{}", x);
}
