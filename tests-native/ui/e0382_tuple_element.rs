// A tuple element moved out, then the element used again.
fn main() {
    let t = (String::from("a"), 5);
    let first = t.0;
    println!("{} {}", first, t.1);
    let again = t.0; //~ ERROR use of moved value: `t.0`
    println!("{}", again);
}
