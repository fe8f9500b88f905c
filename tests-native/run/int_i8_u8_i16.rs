// Narrow integer types: arithmetic that stays in range, and promotion by casting.
fn avg(a: u8, b: u8) -> u8 {
    ((a as u16 + b as u16) / 2) as u8
}

fn clamp_add(a: i8, b: i8) -> i8 {
    let s = a as i16 + b as i16;
    if s > i8::MAX as i16 {
        i8::MAX
    } else if s < i8::MIN as i16 {
        i8::MIN
    } else {
        s as i8
    }
}

fn main() {
    println!("{}", avg(250, 240));
    println!("{} {} {}", clamp_add(100, 100), clamp_add(-100, -100), clamp_add(5, -9));
    let a: u8 = 17;
    let b: u8 = 5;
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    let c: i8 = -17;
    let d: i8 = 5;
    println!("{} {} {} {} {}", c + d, c - d, c * d, c / d, c % d);
    let e: i16 = -32000;
    let f: i16 = 700;
    println!("{} {}", e - 700 + f, e / f);
    let g: u16 = 65000;
    println!("{} {}", g + 535, g / 256);
    let mut checksum: u8 = 0;
    let data = [12u8, 200, 33, 7, 99];
    for i in 0..data.len() {
        checksum ^= data[i];
        checksum = (checksum << 1) | (checksum >> 7);
    }
    println!("checksum {}", checksum);
    println!("{}", i8::MIN as i16 - 1);
    println!("{}", -(i8::MAX));
}
