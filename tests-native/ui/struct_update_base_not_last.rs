// Struct update syntax: the base must come last; the error does not cascade.
struct P {
    x: i32,
    y: i32,
}

fn main() {
    let a = P { x: 1, y: 2 };
    let b = P { ..a, y: 5 }; //~ ERROR cannot use a comma after the base struct
    println!("{} {}", b.x, b.y);
}

fn other() -> i32 {
    let q = P { x: 3, y: 4 };
    q.x + q.y
}
