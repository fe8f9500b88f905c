// A &str slice of a String keeps it borrowed.
fn main() {
    let mut s = String::from("hello world");
    let word = &s[0..5];
    s.push_str("!"); //~ ERROR cannot borrow `s` as mutable because it is also borrowed as immutable
    println!("{}", word);
}
