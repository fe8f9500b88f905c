// Assignment to an immutable binding.
fn main() {
    let x = 5;
    println!("{}", x);
    x = 6; //~ ERROR cannot assign twice to immutable variable `x`
    println!("{}", x);
}
