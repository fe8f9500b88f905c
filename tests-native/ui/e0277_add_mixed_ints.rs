// Operands of different integer types cannot be added.
fn main() {
    let a: i32 = 1;
    let b: i64 = 2;
    let c = a + b; //~ ERROR mismatched types
    //~^ ERROR cannot add `i64` to `i32`
    println!("{}", c);
}
