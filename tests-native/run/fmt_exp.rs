// Scientific notation {:e} / {:E} for floats and integers, with precision and width.
fn main() {
    println!("{:e}", 1234.5);
    println!("{:E}", 1234.5);
    println!("{:e}", 0.00012);
    println!("{:e}", 1.0);
    println!("{:e}", 0.0);
    println!("{:e}", -5.5e-10);
    println!("{:e}", 1e100);
    println!("{:.2e}", 1234.5678);
    println!("{:.0e}", 1500.0);
    println!("{:.0e}", 2500.0);
    println!("{:.3E}", 6.02214076e23);
    println!("{:e}", 123456);
    println!("{:e}", 100);
    println!("{:E}", 1200u32);
    println!("{:.1e}", 1299);
    println!("{:e}", -7i32);
    println!("{:12e}|", 1.5);
    println!("{:<12.2e}|", 1.5);
    println!("{:+e}", 42.0);
    println!("{:e}", 0.1f32);
    println!("{:e}", f64::MAX);
    println!("{:e}", 5e-324);
    println!("{:e}", f64::NAN);
    println!("{:e}", f64::INFINITY);
}
