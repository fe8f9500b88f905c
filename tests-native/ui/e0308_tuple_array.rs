// Tuples and arrays of the wrong shape or element type.
fn main() {
    let t: (i32, bool) = (1, 2); //~ ERROR mismatched types
    let a: [u8; 3] = [1, 2]; //~ ERROR mismatched types
    let (x, y, z) = (1, 2); //~ ERROR mismatched types
    println!("{} {} {} {} {}", t.0, a[0], x, y, z);
}
