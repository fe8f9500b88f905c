// A struct-like variant left out of a match.
enum Shape {
    Circle { r: f64 },
    Square { side: f64 },
    Dot,
}

fn area(s: &Shape) -> f64 {
    match s { //~ ERROR non-exhaustive patterns: `&Shape::Square { .. }` not covered
        Shape::Circle { r } => 3.14 * *r * *r,
        Shape::Dot => 0.0,
    }
}

fn main() {
    println!("{}", area(&Shape::Circle { r: 1.0 }));
    println!("{}", area(&Shape::Square { side: 2.0 }));
    println!("{}", area(&Shape::Dot));
}
