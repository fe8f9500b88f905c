// `impl Trait` in argument position (an anonymous generic parameter per occurrence), and generic
// parameters bounded by Display/Debug formatted with `{}` / `{:?}`.
use std::fmt::{Debug, Display};

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Sq(f64);
struct Circle {
    r: f64,
}

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("square {}", self.0)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

fn show(x: impl Display, y: impl Display + Copy) -> String {
    format!("<{} {} {}>", x, y, y)
}

fn total(a: &impl Shape, b: &impl Shape) -> f64 {
    a.area() + b.area()
}

fn describe(s: impl Shape) -> String {
    format!("{} with area {:.2}", s.name(), s.area())
}

fn both<T: Display, U: Debug>(t: T, u: U) -> String {
    format!("{t} / {:?} / {u:?}", t.to_string())
}

fn main() {
    println!("{}", show(1, "two"));
    println!("{}", show(String::from("s"), 2.5));
    println!("{}", total(&Sq(2.0), &Circle { r: 1.0 }));
    println!("{}", describe(Sq(1.5)));
    println!("{}", describe(Circle { r: 2.0 }));
    println!("{}", both('x', vec![Some(1), None]));
    println!("{}", both(-7i64, (1, "a")));
}
