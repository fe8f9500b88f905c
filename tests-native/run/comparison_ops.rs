// Comparison operators on integers, floats, chars and bools.
fn cmp(a: i32, b: i32) {
    println!("{} {} {} {} {} {}", a == b, a != b, a < b, a <= b, a > b, a >= b);
}

fn main() {
    cmp(1, 2);
    cmp(2, 2);
    cmp(-3, -7);
    let x: u64 = 18446744073709551615;
    let y: u64 = 0;
    println!("{}", x > y);
    println!("{}", 'a' < 'b');
    println!("{}", 'Z' < 'a');
    println!("{}", false < true);
    println!("{}", 1.5 < 1.25);
    println!("{}", -0.0 == 0.0);
    let big: i64 = -9223372036854775808;
    println!("{}", big < 0);
    let p: u8 = 200;
    let q: u8 = 100;
    println!("{} {}", p > q, p >= 200);
}
