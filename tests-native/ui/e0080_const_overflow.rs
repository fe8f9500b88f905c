// Constant evaluation that overflows its type.
const X: u8 = 255 + 1; //~ ERROR E0080

fn main() {
    println!("{}", X);
}
