// Assigning to a variable while a reference into it is used later.
fn main() {
    let mut text = String::from("abc");
    let first = &text;
    text = String::from("xyz"); //~ ERROR cannot assign to `text` because it is borrowed
    println!("{} {}", first, text);
}
