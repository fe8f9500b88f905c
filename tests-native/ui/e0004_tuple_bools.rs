// Non-exhaustive match over a tuple of bools.
fn main() {
    let a = true;
    let b = false;
    match (a, b) { //~ ERROR non-exhaustive patterns: `(false, false)` not covered
        (true, _) => println!("a"),
        (false, true) => println!("b"),
    }
}
