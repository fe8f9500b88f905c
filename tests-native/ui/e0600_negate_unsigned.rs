// Unary minus on an unsigned integer.
fn main() {
    let n: u32 = 5;
    let m = -n; //~ ERROR cannot apply unary operator `-` to type `u32`
    println!("{}", m);
}
