// Enums whose variants carry tuple payloads; constructing and destructuring them.
enum Shape {
    Circle(f64),
    Rect(f64, f64),
    Triangle(f64, f64, f64),
    Dot,
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14159 * *r * *r,
        Shape::Rect(w, h) => *w * *h,
        Shape::Triangle(a, b, c) => {
            let (a, b, c) = (*a, *b, *c);
            let p = (a + b + c) / 2.0;
            let q = p * (p - a) * (p - b) * (p - c);
            // Newton iteration for the square root
            let mut x = q;
            if x > 0.0 {
                for _ in 0..30 {
                    x = 0.5 * (x + q / x);
                }
            }
            x
        }
        Shape::Dot => 0.0,
    }
}

fn describe(s: Shape) -> &'static str {
    match s {
        Shape::Circle(_) => "circle",
        Shape::Rect(w, h) if w == h => "square",
        Shape::Rect(..) => "rectangle",
        Shape::Triangle(_, _, _) => "triangle",
        Shape::Dot => "dot",
    }
}

fn main() {
    let shapes = [
        Shape::Circle(1.0),
        Shape::Rect(2.0, 3.5),
        Shape::Triangle(3.0, 4.0, 5.0),
        Shape::Dot,
    ];
    for i in 0..shapes.len() {
        println!("area {:.3}", area(&shapes[i]));
    }
    println!("{}", describe(Shape::Rect(2.0, 2.0)));
    println!("{}", describe(Shape::Rect(2.0, 3.0)));
    println!("{}", describe(Shape::Circle(9.0)));
    println!("{}", describe(Shape::Triangle(1.0, 1.0, 1.0)));
    println!("{}", describe(Shape::Dot));
}
