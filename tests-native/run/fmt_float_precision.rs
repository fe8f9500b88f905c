// Precision on floats: rounding of exact decimal values, large precision, width + precision.
fn main() {
    println!("{:.0}", 0.5);
    println!("{:.0}", 1.5);
    println!("{:.0}", 2.5);
    println!("{:.1}", 0.25);
    println!("{:.1}", 0.35);
    println!("{:.2}", 0.125);
    println!("{:.2}", 0.375);
    println!("{:.3}", 3.14159);
    println!("{:.10}", 0.1);
    println!("{:.20}", 0.1);
    println!("{:.5}", 1e-10);
    println!("{:.2}", 1e21);
    println!("{:.3}", -0.0004);
    println!("{:.1}", 99.96);
    println!("{:.2}", f64::NAN);
    println!("{:.2}", f64::INFINITY);
    println!("{:8.3}|", 2.0 / 3.0);
    println!("{:<8.3}|", 2.0 / 3.0);
    println!("{:>8.3}|", -2.0 / 3.0);
    println!("{:^9.2}|", 1.005);
    println!("{:.3}", 1.0f32 / 3.0);
    println!("{:.0}", 1e15 + 0.5);
    let x = 2.675;
    println!("{:.2}", x);
    let p = 12.3456;
    println!("{p:.1} {p:.2} {p:.3}");
    println!("{:.1?}", 0.25);
}
