// Call of an associated function that the type does not define.
struct Meters(f64);

impl Meters {
    fn zero() -> Meters {
        Meters(0.0)
    }
}

fn main() {
    let a = Meters::zero();
    let b = Meters::new(2.0); //~ ERROR E0599
    println!("{} {}", a.0, b.0);
}
