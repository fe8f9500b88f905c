// f32 arithmetic: results are rounded to single precision and printed shortest.
fn main() {
    let a = 0.1f32;
    let b = 0.2f32;
    println!("{}", a + b);
    println!("{}", a * 3.0);
    println!("{}", 1.0f32 / 3.0);
    println!("{}", 16777216.0f32 + 1.0);
    let c: f32 = 3.14159265358979;
    println!("{}", c);
    println!("{}", c * c);
    let mut acc = 0.0f32;
    let mut i = 0;
    while i < 1000 {
        acc += 0.001;
        i += 1;
    }
    println!("{}", acc);
    println!("{}", f32::MAX);
    println!("{}", f32::MIN_POSITIVE);
    println!("{:?}", 1.0f32);
    println!("{:?}", 1.0e-7f32);
    println!("{}", 1.0e-7f32);
    println!("{}", 123456789.0f32);
    let half: f32 = 0.5;
    println!("{}", half as f64);
}
