// Calling a trait method on a type parameter that is not bounded by the trait.
trait Area {
    fn area(&self) -> f64;
}

fn total<T>(a: &T) -> f64 {
    a.area() //~ ERROR E0599
}

fn main() {
    println!("{}", total(&1));
}
