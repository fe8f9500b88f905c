// Display and Debug of floats: shortest representation that round-trips, no exponent in Display.
fn main() {
    println!("{}", 1.0);
    println!("{:?}", 1.0);
    println!("{}", 0.1);
    println!("{}", 100.0);
    println!("{:?}", 100.0);
    println!("{}", 1e15);
    println!("{}", 1e16);
    println!("{:?}", 1e16);
    println!("{}", 1e21);
    println!("{:?}", 1e21);
    println!("{}", 1.5e300);
    println!("{}", 1e-5);
    println!("{:?}", 1e-5);
    println!("{:?}", 1e-4);
    println!("{}", 1.23456789e-7);
    println!("{:?}", 1.23456789e-7);
    println!("{}", 5e-324);
    println!("{:?}", 5e-324);
    println!("{}", 123456.789);
    println!("{}", 0.3);
    println!("{}", 2.0 / 3.0);
    println!("{}", 9007199254740993.0);
    println!("{:?}", 0.1f32 + 0.2f32);
    println!("{:?}", 1e7f32);
    println!("{:?}", 1e16f32);
    println!("{:?}", 3.4028235e38f32);
    println!("{}", 1.0e-40f32);
    println!("{:?}", -2.5e-3);
}
