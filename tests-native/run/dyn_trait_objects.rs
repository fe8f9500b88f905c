// Trait objects: Box<dyn Trait> in a Vec and returned from a function, &dyn and &mut dyn, default
// methods, a supertrait (Display) formatted through the object, Box::as_ref.
use std::fmt;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
    fn scale(&mut self, k: f64);
}

struct Circle { r: f64 }
struct Rect { w: f64, h: f64 }
struct Unit;

impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.r * self.r }
    fn name(&self) -> String { format!("circle r={}", self.r) }
    fn scale(&mut self, k: f64) { self.r *= k; }
}
impl Shape for Rect {
    fn area(&self) -> f64 { self.w * self.h }
    fn scale(&mut self, k: f64) { self.w *= k; self.h *= k; }
}
impl Shape for Unit {
    fn area(&self) -> f64 { 1.0 }
    fn name(&self) -> String { "unit".to_string() }
    fn scale(&mut self, _k: f64) {}
}

fn total(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn describe(s: &dyn Shape) -> String {
    format!("{} has area {:.2}", s.name(), s.area())
}

fn biggest(shapes: &Vec<Box<dyn Shape>>) -> &dyn Shape {
    let mut best = &shapes[0];
    for s in shapes.iter() {
        if s.area() > best.area() { best = s; }
    }
    best.as_ref()
}

trait Animal: fmt::Display {
    fn speak(&self) -> &'static str;
}
struct Dog(u32);
impl fmt::Display for Dog {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "Dog#{}", self.0) }
}
impl Animal for Dog {
    fn speak(&self) -> &'static str { "woof" }
}

fn make(kind: u32) -> Box<dyn Shape> {
    match kind {
        0 => Box::new(Circle { r: 1.5 }),
        1 => Box::new(Rect { w: 2.0, h: 3.0 }),
        _ => Box::new(Unit),
    }
}

fn main() {
    let mut shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { r: 1.0 }), Box::new(Rect { w: 2.0, h: 4.0 })];
    shapes.push(Box::new(Unit));
    for k in 0..3 { shapes.push(make(k)); }
    println!("total {}", total(&shapes));
    for s in &shapes { println!("{}", describe(s.as_ref())); }
    for s in shapes.iter_mut() { s.scale(2.0); }
    println!("total after scale {}", total(&shapes));
    let c = Circle { r: 0.5 };
    let d: &dyn Shape = &c;
    println!("{}", describe(d));
    println!("biggest: {}", biggest(&shapes).name());
    let a: Box<dyn Animal> = Box::new(Dog(7));
    println!("{} says {}", a, a.speak());
    let mut r = Rect { w: 1.0, h: 1.0 };
    {
        let m: &mut dyn Shape = &mut r;
        m.scale(3.0);
    }
    println!("{}", r.area());
}
