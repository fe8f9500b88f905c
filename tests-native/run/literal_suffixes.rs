// Literal suffixes select the type; unsuffixed literals are inferred from use.
fn takes_u8(x: u8) -> u8 {
    x / 2
}

fn takes_i64(x: i64) -> i64 {
    x * 1000000000
}

fn main() {
    let a = 255u8;
    let b = 100i8;
    let c = 40000u16;
    let d = -30000i16;
    let e = 4000000000u32;
    let f = 9000000000i64;
    let g = 18000000000000000000u64;
    let h = 3usize;
    let i = -3isize;
    println!("{} {} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h, i);
    let x = 1.5f32;
    let y = 2.25f64;
    let z = 7f64;
    println!("{} {} {}", x, y, z);
    println!("{}", takes_u8(250));
    println!("{}", takes_i64(5));
    let big = 3_000_000_000i64;
    println!("{}", big);
    let inferred = 1 << 40;
    let wide: i64 = inferred;
    println!("{}", wide);
    let default_float = 0.1 + 0.2;
    println!("{}", default_float);
    let default_int = 2147483647;
    println!("{}", default_int);
}
