// An argument of the wrong type.
fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    println!("{}", square("three")); //~ ERROR mismatched types
}
