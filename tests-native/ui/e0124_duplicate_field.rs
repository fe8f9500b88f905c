// A struct declaring the same field twice.
struct P {
    x: i32,
    x: i32, //~ ERROR field `x` is already declared
}

fn main() {
    let p = P { x: 1 };
    println!("{}", p.x);
}
