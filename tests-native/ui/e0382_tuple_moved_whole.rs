// A tuple moved as a whole, then an element used.
fn main() {
    let pair = (String::from("a"), String::from("b"));
    let moved = pair;
    println!("{} {}", moved.0, pair.1); //~ ERROR borrow of moved value: `pair`
}
