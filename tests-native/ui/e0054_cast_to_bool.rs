// Casting an integer to bool is not allowed.
fn main() {
    let n = 1;
    let b = n as bool; //~ ERROR cannot cast `i32` as `bool`
    println!("{}", b);
}
