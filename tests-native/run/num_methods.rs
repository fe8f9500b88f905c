fn main() {
    let a: i32 = -17;
    let b: u8 = 200;
    println!("{} {} {} {}", a.abs(), a.pow(2), a.min(3), a.max(3));
    println!("{} {} {}", a.signum(), a.rem_euclid(5), a.div_euclid(5));
    println!("{:?} {:?} {:?}", b.checked_add(55), b.checked_add(56), b.checked_mul(2));
    println!("{} {} {}", b.saturating_add(100), b.wrapping_add(100), b.saturating_sub(250));
    println!("{} {} {} {}", b.count_ones(), b.leading_zeros(), b.trailing_zeros(), 40u64.trailing_zeros());
    println!("{} {}", (-128i8).wrapping_abs(), (-128i8).unsigned_abs());
    println!("{} {} {}", 2u64.pow(63), 3i64.pow(39), 10u32.is_power_of_two());
    println!("{:?} {:?}", 2i32.checked_pow(31), 2i32.checked_pow(30));
    println!("{} {}", 7u32.abs_diff(10), (-5i16).abs_diff(7));
    println!("{} {}", 15i32.clamp(-3, 9), (-20i64).clamp(-3, 9));
    let x: f64 = 2.5;
    println!("{} {} {} {} {}", x.sqrt(), x.floor(), x.ceil(), x.round(), (-x).round());
    println!("{} {} {}", 0.49999999999999994f64.round(), (-0.5f64).round(), x.fract());
    println!("{} {} {}", x.powi(10), x.powi(-3), 1.1f64.powi(7));
    println!("{} {} {}", x.min(f64::NAN), f64::NAN.max(1.0), x.signum());
    println!("{} {} {}", 180f64.to_radians(), 1f64.to_degrees(), x.recip());
    println!("{} {} {}", f64::INFINITY.is_finite(), (0.0f64 / 0.0).is_nan(), (-0.0f64).is_sign_negative());
    let y: f32 = 1.7;
    println!("{} {} {} {}", y.sqrt(), y.powi(5), y.round(), y.abs());
    println!("{}", (-3.7f64).trunc());
    let big: i32 = 1 << 10;
    println!("{}", big.pow(2));
}
