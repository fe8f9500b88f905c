// Integer literals out of range for their type (deny-by-default lint).
fn main() {
    let a: u8 = 256; //~ ERROR literal out of range for `u8`
    let b: i8 = -129; //~ ERROR literal out of range for `i8`
    let c = 300 as u8; //~ ERROR literal out of range for `u8`
    let d: i32 = 2147483648; //~ ERROR literal out of range for `i32`
    println!("{} {} {} {}", a, b, c, d);
}
