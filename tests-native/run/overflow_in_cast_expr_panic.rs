// Casting never panics, but arithmetic after the cast does: (200 as i8) wraps to -56, then -56 - 100 overflows.
fn main() {
    let big: u8 = 200;
    let wrapped = big as i8;
    println!("wrapped = {}", wrapped);
    let lowered = wrapped - 72;
    println!("lowered = {}", lowered);
    let crash = lowered - 1;
    println!("{}", crash);
}
