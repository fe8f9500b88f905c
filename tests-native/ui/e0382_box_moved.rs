// Moving the value out of a Box moves the Box.
fn main() {
    let b = Box::new(String::from("boxed"));
    let s = *b;
    println!("{} {}", s, b); //~ ERROR borrow of moved value: `b`
}
