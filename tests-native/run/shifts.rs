// Shifts: arithmetic right shift for signed types, logical for unsigned, mixed operand types.
fn main() {
    let a: i32 = -256;
    println!("{}", a >> 4);
    println!("{}", a << 3);
    let b: u32 = 0x8000_0000;
    println!("{}", b >> 31);
    println!("{}", b >> 4);
    let c: i8 = -128;
    println!("{}", c >> 7);
    let d: u8 = 1;
    println!("{}", d << 7);
    let e: i64 = 1;
    println!("{}", e << 62);
    println!("{}", (e << 63) >> 63);
    let f: u64 = 1 << 63;
    println!("{}", f);
    let s: u8 = 3;
    let g: i16 = 1000;
    println!("{}", g >> s);
    let amount: u32 = 5;
    let h: u64 = 0xFF;
    println!("{}", h << amount);
    let mut i = 0;
    while i < 8 {
        print!("{} ", 1u16 << (i * 2));
        i += 1;
    }
    println!();
}
