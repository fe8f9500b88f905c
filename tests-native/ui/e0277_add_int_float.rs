// Integer and float operands cannot be mixed.
fn main() {
    let a = 1.5;
    let b = 2;
    println!("{}", a + b); //~ ERROR cannot add an integer to a float
}
