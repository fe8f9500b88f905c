// Methods of number types need a concrete type; an unsuffixed literal is ambiguous.
fn main() {
    let x = 2.pow(3); //~ ERROR E0689
    let y = 2i32.pow(3);
    println!("{} {}", x, y);
}
