// Sign flag, zero padding and their interaction with width, precision and fill.
fn main() {
    println!("{:+}", 5);
    println!("{:+}", -5);
    println!("{:+}", 0);
    println!("{:+}", 1.5);
    println!("{:+}", -0.0);
    println!("{:+.2}", 3.14159);
    println!("{:05}", 42);
    println!("{:05}", -42);
    println!("{:+05}", 42);
    println!("{:08.2}", 3.14159);
    println!("{:08.2}", -3.14159);
    println!("{:+010.3}", 2.5);
    println!("{:03}", 12345);
    println!("{:<05}", 7);
    println!("{:^+9}", 12);
    println!("{:>+9}", -12);
    println!("{:*<+7}", 3);
    println!("{:010}", i64::MIN);
    println!("{:020}", u64::MAX);
    println!("{:06}", f64::INFINITY);
    println!("{:06}", f64::NAN);
    println!("{:+}", f64::INFINITY);
    println!("{:+08}", -1e3);
    let v = 9;
    println!("{v:+04}");
}
