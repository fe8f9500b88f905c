// NaN, infinities and signed zero: printing and comparisons.
fn main() {
    let nan = f64::NAN;
    let inf = f64::INFINITY;
    let ninf = f64::NEG_INFINITY;
    println!("{} {} {}", nan, inf, ninf);
    println!("{:?} {:?} {:?}", nan, inf, ninf);
    println!("{}", nan == nan);
    println!("{}", nan != nan);
    println!("{}", nan < 1.0);
    println!("{}", nan > 1.0);
    println!("{}", inf > 1e308);
    println!("{}", inf + ninf);
    println!("{}", 1.0 / inf);
    println!("{}", -1.0 / inf);
    let z = 0.0f64;
    println!("{}", 1.0 / z);
    println!("{}", -1.0 / z);
    println!("{}", z / z);
    println!("{} {:?}", -0.0f64, -0.0f64);
    println!("{}", 0.0 == -0.0);
    println!("{}", f64::MAX);
    println!("{}", f64::MIN);
    println!("{:?}", f64::MIN_POSITIVE);
    println!("{}", f64::EPSILON);
    println!("{}", f32::NAN);
    println!("{}", f32::INFINITY);
    println!("{}", -f32::INFINITY);
    println!("{}", f64::MAX * 2.0);
    let x = nan;
    println!("{}", x == x);
}
