// Three independent errors in three functions: each must be reported once, with no cascade.
struct Point {
    x: i32,
    y: i32,
}

fn uses_unknown() -> i32 {
    let base = 10;
    base + missing_value //~ ERROR cannot find value `missing_value` in this scope
}

fn wrong_type() -> bool {
    let p = Point { x: 1, y: 2 };
    p.x + p.y //~ ERROR mismatched types
}

fn wrong_arity(a: i32) -> i32 {
    a * uses_unknown_arg(1, 2) //~ ERROR this function takes 1 argument but 2 arguments were supplied
}

fn uses_unknown_arg(v: i32) -> i32 {
    v
}

fn main() {
    println!("{} {} {}", uses_unknown(), wrong_type(), wrong_arity(3));
}
