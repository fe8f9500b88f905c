// if and else branches of different types.
fn main() {
    let c = 3 > 2;
    let v = if c { 1 } else { "one" }; //~ ERROR `if` and `else` have incompatible types
    println!("{}", v);
}
