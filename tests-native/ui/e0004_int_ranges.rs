// Non-exhaustive match over i32: both uncovered ranges are reported.
fn main() {
    let n: i32 = 5;
    match n { //~ ERROR non-exhaustive patterns: `i32::MIN..=0_i32` and `11_i32..=i32::MAX` not covered
        1..=10 => println!("small"),
    }
}
