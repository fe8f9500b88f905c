// Bitwise and, or, xor, not on signed and unsigned integers.
fn main() {
    let a: u8 = 0b1100_1010;
    let b: u8 = 0b1010_0110;
    println!("{:08b}", a & b);
    println!("{:08b}", a | b);
    println!("{:08b}", a ^ b);
    println!("{:08b}", !a);
    let c: i32 = -6;
    println!("{}", !c);
    println!("{}", c & 0xff);
    println!("{}", c | 1);
    println!("{}", c ^ -1);
    let d: u64 = 0xF0F0_F0F0_F0F0_F0F0;
    println!("{:x}", d & 0x00FF_00FF_00FF_00FF);
    println!("{:x}", !d);
    let e: i64 = i64::MIN;
    println!("{}", e ^ i64::MAX);
    let t = true;
    let f = false;
    println!("{} {} {} {}", t & f, t | f, t ^ f, t ^ t);
    let mut count = 0;
    let mut v: u32 = 0xDEADBEEF;
    while v != 0 {
        count += v & 1;
        v >>= 1;
    }
    println!("popcount = {}", count);
}
