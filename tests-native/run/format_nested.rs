// format! nested in format! arguments, and format! inside a Display impl while format!/println! is
// writing: each capture saves and restores the output it interrupted.
use std::fmt;
struct P(i32);
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let inner = format!("[{}]", self.0 * 2);
        write!(f, "P{} {}", self.0, inner)
    }
}
fn main() {
    let s = format!("<{} {}>", P(1), P(2));
    println!("{}", s);
    println!("{} {}", P(3), format!("{}", P(4)));
    more();
}
fn more() {
    let s = String::from("y");
    println!("A{}", format!("{:?}", format!("{}", 1)));
    println!("B{}", format!("{s} {}", 1));
    println!("C{}", format!("{} {}", s, format!("{}", 1)));
    let inner = format!("{}", 1);
    println!("D{}", format!("{s} / {:?}", inner));
}
