// An opening parenthesis that is never closed; the `}` then mismatches it.
// rustc reports one error with two primary spans (the `(` and the `}`); the
// marker sits on the `(`, where the ` --> ` location points.
fn main() {
    let x = (1 + 2; //~ ERROR mismatched closing delimiter
    println!("{}", x);
}
