// MIN/MAX of every fixed-width integer type (pointer-width types are in usize_isize_wasm32.rs).
fn main() {
    println!("i8:  {} {}", i8::MIN, i8::MAX);
    println!("i16: {} {}", i16::MIN, i16::MAX);
    println!("i32: {} {}", i32::MIN, i32::MAX);
    println!("i64: {} {}", i64::MIN, i64::MAX);
    println!("u8:  {} {}", u8::MIN, u8::MAX);
    println!("u16: {} {}", u16::MIN, u16::MAX);
    println!("u32: {} {}", u32::MIN, u32::MAX);
    println!("u64: {} {}", u64::MIN, u64::MAX);
    let a: i8 = -128;
    let b: u16 = 65535;
    let c: i64 = -9223372036854775808;
    let d: u64 = 18446744073709551615;
    println!("{} {} {} {}", a, b, c, d);
    println!("{:?} {:?}", i64::MAX, u32::MAX);
}
