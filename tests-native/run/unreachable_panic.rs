// unreachable!() prints "internal error: entered unreachable code".
fn classify(n: u32) -> &'static str {
    match n % 3 {
        0 => "zero",
        1 => "one",
        2 => "two",
        _ => unreachable!(),
    }
}

fn main() {
    println!("{}", classify(7));
    let x = 5;
    if x > 4 {
        unreachable!();
    }
}
