// `{:#?}` through `dyn Debug` and a `Debug` supertrait (the formatter carries the `#` flag), `&x as
// &dyn Debug` for derived and built-in Debug, and `Formatter::alternate()` in a user Display.
use std::fmt::Debug;

#[allow(dead_code)]
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[allow(dead_code)]
#[derive(Debug)]
enum Shape {
    Circle { r: f64 },
    Poly(Vec<Point>),
}

trait Named: Debug {
    fn name(&self) -> String;
}

impl Named for Point {
    fn name(&self) -> String {
        "point".to_string()
    }
}

impl Named for Shape {
    fn name(&self) -> String {
        "shape".to_string()
    }
}

fn main() {
    let items: Vec<Box<dyn Named>> = vec![
        Box::new(Point { x: 1, y: 2 }),
        Box::new(Shape::Poly(vec![Point { x: 0, y: 0 }, Point { x: 3, y: 4 }])),
        Box::new(Shape::Circle { r: 1.5 }),
    ];
    for it in &items {
        println!("{}: {:?}", it.name(), it);
        println!("{:#?}", it);
    }
    let d: &dyn Debug = &Point { x: 7, y: 8 };
    println!("{:#?}", d);
    println!("{:#?}", items.len());
    second();
}

struct Temp(f64);

impl std::fmt::Display for Temp {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        if f.alternate() {
            write!(f, "{:.1} degrees Celsius", self.0)
        } else {
            write!(f, "{:.1}C", self.0)
        }
    }
}

fn second() {
    let t = Temp(21.456);
    println!("{} / {:#}", t, t);
    let five = String::from("five");
    let nums: Vec<&dyn Debug> = vec![&1u8, &"two", &'3', &4.5f32, &five, &Some(6)];
    for n in nums {
        println!("{:?} {:#?}", n, n);
    }
}
