// A value whose type does not implement the trait cannot become a trait object.
trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
struct Tri;
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
fn main() {
    let a: Box<dyn Shape> = Box::new(Tri); //~ ERROR the trait bound `Tri: Shape` is not satisfied
    let b: &dyn Shape = &5; //~ ERROR the trait bound `{integer}: Shape` is not satisfied
    let c: &dyn Shape = &Sq(2.0);
    println!("{}", a.area() + b.area() + c.area());
}
