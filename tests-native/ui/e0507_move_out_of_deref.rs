// Dereferencing a shared reference to a String and binding it by value.
fn main() {
    let owned = String::from("text");
    let r = &owned;
    let copy = *r; //~ ERROR cannot move out of `*r` which is behind a shared reference
    println!("{} {}", copy, owned);
}
