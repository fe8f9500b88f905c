// write! into a String borrows it mutably.
use std::fmt::Write;

fn main() {
    let s = String::new();
    write!(s, "{}", 1).unwrap(); //~ ERROR E0596
    println!("{}", s);
}
