// Operator precedence and associativity across arithmetic, shift, bitwise, comparison, logic, casts.
fn main() {
    println!("{}", 2 + 3 * 4);
    println!("{}", (2 + 3) * 4);
    println!("{}", 10 - 4 - 3);
    println!("{}", 100 / 10 / 5);
    println!("{}", 2 * 3 % 4);
    println!("{}", 1 + 2 << 3);
    println!("{}", 1 << 2 + 3);
    println!("{}", 6 & 3 | 8);
    println!("{}", 6 | 3 & 8);
    println!("{}", 5 ^ 3 & 1);
    println!("{}", 1 | 2 ^ 3);
    println!("{}", -2 * -3);
    println!("{}", !0 & 0xf);
    println!("{}", 1 + 2 == 3 && 4 > 2 || false);
    println!("{}", (3 > 2) == true);
    println!("{}", -7 / 2);
    println!("{}", -7 % 3);
    println!("{}", 2.0 * 3.5 - 1.0 / 4.0);
    println!("{}", 300i32 as u8 as i32 + 1);
    println!("{}", -1i32 as u32 >> 28);
    println!("{}", 10 - 2 * 3 + 8 / 4 % 3);
    let a = 5;
    let b = 3;
    println!("{}", a * b + a / b - a % b);
    println!("{}", !(a > b) || a & 1 == 1);
    println!("{}", a - -b);
    println!("{}", -a * b);
}
