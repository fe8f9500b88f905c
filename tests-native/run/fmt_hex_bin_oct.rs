// {:x} {:X} {:#x} {:b} {:o} and friends; negative numbers print as two's complement.
fn main() {
    println!("{:x} {:X}", 255, 255);
    println!("{:#x} {:#X}", 255, 255);
    println!("{:b} {:#b}", 5, 5);
    println!("{:o} {:#o}", 8, 8);
    println!("{:x}", -1i32);
    println!("{:x}", -1i8);
    println!("{:X}", -2i16);
    println!("{:x}", -1i64);
    println!("{:b}", -1i8);
    println!("{:o}", -1i16);
    println!("{:x}", u64::MAX);
    println!("{:08x}", 0xbeef);
    println!("{:#010x}", 0xbeef);
    println!("{:#06b}", 3);
    println!("{:>8x}|", 255);
    println!("{:<#8x}|", 255);
    println!("{:^#12b}|", 10);
    println!("{:x}", 0);
    println!("{:#x}", 0);
    println!("{:#b}", 0u8);
    println!("{:x}", 'A' as u32);
    println!("{:X}", 3735928559u32);
    println!("{:o}", 511);
    println!("{:b}", 1u64 << 40);
    let v = 48879;
    println!("{v:x} {v:#X} {v:b}");
    println!("{:+x}", 10);
}
