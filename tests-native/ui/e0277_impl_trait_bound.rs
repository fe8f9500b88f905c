// Arguments for `impl Trait` and bounded generic parameters must implement the trait.
use std::fmt::Display;

trait Shape {
    fn area(&self) -> f64;
}

struct Sq(f64);
struct Plain;

impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn area_of(s: impl Shape) -> f64 {
    s.area()
}

fn show<T: Display>(x: T) -> String {
    format!("<{}>", x)
}

fn main() {
    println!("{}", area_of(Sq(2.0)));
    println!("{}", area_of(Plain)); //~ ERROR the trait bound `Plain: Shape` is not satisfied
    println!("{}", show(Plain)); //~ ERROR `Plain` doesn't implement `std::fmt::Display`
}
