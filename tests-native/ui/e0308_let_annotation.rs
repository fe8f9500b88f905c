// The initializer does not have the annotated type.
fn main() {
    let x: i32 = "a"; //~ ERROR mismatched types
    let y: bool = 1; //~ ERROR mismatched types
    let z: f64 = 1; //~ ERROR E0308
    println!("{} {} {}", x, y, z);
}
