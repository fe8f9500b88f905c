// Dereferencing a value that is not a reference.
fn main() {
    let n = 5i32;
    println!("{}", *n); //~ ERROR type `i32` cannot be dereferenced
}
