// Integer arithmetic: truncating division and the sign of the remainder.
fn show(a: i32, b: i32) {
    println!("{} + {} = {}", a, b, a + b);
    println!("{} - {} = {}", a, b, a - b);
    println!("{} * {} = {}", a, b, a * b);
    println!("{} / {} = {}", a, b, a / b);
    println!("{} % {} = {}", a, b, a % b);
}

fn main() {
    show(17, 5);
    show(-17, 5);
    show(17, -5);
    show(-17, -5);
    show(0, 3);
    let x: u32 = 100;
    let y: u32 = 7;
    println!("{} {} {} {} {}", x + y, x - y, x * y, x / y, x % y);
    let big: i64 = 1234567890123;
    println!("{}", big * 1000 / 7 % 1000000);
    let m: u64 = 18446744073709551615;
    println!("{}", m / 3);
    println!("{}", m % 1000);
    println!("{}", 2 + 3 * 4 - 10 / 2 % 3);
    println!("{}", (2 + 3) * (4 - 10) / 2);
}
