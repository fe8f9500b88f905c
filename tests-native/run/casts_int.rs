// Integer casts: widening (sign/zero extension), narrowing (truncation), sign reinterpretation.
fn main() {
    let a: i8 = -1;
    println!("{} {} {} {}", a as i32, a as u8, a as u32, a as u64);
    let b: u8 = 255;
    println!("{} {} {}", b as i8, b as i32, b as u16);
    let c: i32 = 300;
    println!("{} {}", c as u8, c as i8);
    let d: i32 = -129;
    println!("{} {}", d as i8, d as u8);
    let e: u32 = 4294967295;
    println!("{} {}", e as i32, e as i64);
    let f: i64 = -1;
    println!("{} {}", f as u32, f as u64);
    let g: u64 = 0x1234_5678_9ABC_DEF0;
    println!("{:x} {:x} {:x}", g as u32, g as u16, g as u8);
    let h: i64 = 0x1_0000_0001;
    println!("{}", h as i32);
    let i: i16 = -32768;
    println!("{} {}", i as u16, i as i64);
    let j: u16 = 40000;
    println!("{}", j as i16);
    println!("{}", (-5i32) as u8 as i32);
    println!("{}", 65u8 as char);
    println!("{}", true as i32 + true as i32);
    println!("{}", false as u8);
}
