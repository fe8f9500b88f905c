// An `if` without `else` has type (), so it cannot produce an integer.
fn main() {
    let c = true;
    let v: i32 = if c { 1 }; //~ ERROR `if` may be missing an `else` clause
    println!("{}", v);
}
