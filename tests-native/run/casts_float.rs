// Float <-> int casts: truncation toward zero, saturation, NaN -> 0, f64 <-> f32 rounding.
fn main() {
    let a = 3.99f64;
    let b = -3.99f64;
    println!("{} {}", a as i32, b as i32);
    println!("{} {}", a as u8, b as u8);
    let big = 1e20f64;
    println!("{} {} {}", big as i32, big as u32, big as i64);
    println!("{}", big as u64);
    let neg = -1e20f64;
    println!("{} {}", neg as i32, neg as i64);
    let nan = f64::NAN;
    println!("{} {}", nan as i32, nan as u64);
    let inf = f64::INFINITY;
    println!("{} {}", inf as i16, (-inf) as i16);
    println!("{}", 300.7f32 as u8);
    println!("{}", -128.9f32 as i8);
    let x: i32 = 16777217;
    println!("{}", x as f32);
    println!("{}", x as f64);
    let y: u64 = 18446744073709551615;
    println!("{}", y as f64);
    println!("{}", y as f32);
    let z = 0.1f64;
    println!("{}", z as f32);
    let w = 0.1f32;
    println!("{}", w as f64);
    println!("{}", (1.0f64 / 3.0) as f32);
    println!("{}", 255u8 as f32 / 2.0);
    println!("{}", -7i64 as f64 / 2.0);
    println!("{}", 2.5f64 as i64);
    println!("{}", -0.5f64 as i64);
}
