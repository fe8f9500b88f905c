// `unwrap` takes the Option by value.
fn main() {
    let maybe = Some(String::from("v"));
    let a = maybe.unwrap();
    let b = maybe.unwrap(); //~ ERROR use of moved value: `maybe`
    println!("{} {}", a, b);
}
