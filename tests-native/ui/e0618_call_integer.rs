// Calling a value that is not a function or closure.
fn main() {
    let x = 5;
    let y = x(3); //~ ERROR expected function, found `{integer}`
    println!("{}", y);
}
