// Structs, enums, methods and match.
#[allow(dead_code)]
enum Shape {
    Circle { r: f64 },
    Rect(f64, f64),
    Unit,
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { r } => 3.141592653589793 * r * r,
            Shape::Rect(w, h) => w * h,
            Shape::Unit => 1.0,
        }
    }
}

struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn new(x: i32, y: i32) -> Self {
        Point { x, y }
    }
    fn manhattan(&self, other: &Point) -> i32 {
        let dx = self.x - other.x;
        let dy = self.y - other.y;
        (if dx < 0 { -dx } else { dx }) + (if dy < 0 { -dy } else { dy })
    }
}

fn main() {
    let shapes = [Shape::Circle { r: 1.5 }, Shape::Rect(2.0, 3.5), Shape::Unit];
    for i in 0..shapes.len() {
        println!("shape {} has area {:.3}", i, shapes[i].area());
    }
    let p = Point::new(1, 2);
    let q = Point::new(-4, 6);
    println!("distance {}", p.manhattan(&q));
}
