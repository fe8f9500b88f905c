// An impl that leaves out a required trait method, and one that adds a method the trait lacks.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
}

struct Square(f64);

impl Shape for Square { //~ ERROR E0046
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn perimeter(&self) -> f64 { //~ ERROR E0407
        4.0 * self.0
    }
}

fn main() {
    println!("{}", Square(2.0).area());
}
