// `use std::mem::{replace, swap as exchange};` and `use std::process::exit;` bring the runtime's
// functions into scope; exit(0) ends the program before the last line.
use std::mem::{replace, swap as exchange};
use std::process::exit;
use std::fmt;

struct W(i32);
impl fmt::Display for W {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "W{}", self.0) }
}

fn main() {
    let mut a = W(1);
    let mut b = W(2);
    exchange(&mut a, &mut b);
    let c = replace(&mut a, W(7));
    println!("{} {} {}", a, b, c);
    if a.0 == 7 {
        exit(0);
    }
    println!("unreachable");
}
