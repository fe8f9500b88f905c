// A tuple-variant pattern with the wrong number of fields.
enum Shape {
    Rect(u32, u32),
    Dot,
}

fn area(s: Shape) -> u32 {
    match s {
        Shape::Rect(w) => w, //~ ERROR this pattern has 1 field, but the corresponding tuple variant has 2 fields
        Shape::Dot => 0,
    }
}

fn main() {
    println!("{}", area(Shape::Rect(2, 3)));
    println!("{}", area(Shape::Dot));
}
