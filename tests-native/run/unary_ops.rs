// Unary operators: negation, bitwise/logical not, deref, double negation.
fn main() {
    let a = 5;
    println!("{} {} {}", -a, !a, -(-a));
    let b: u8 = 0b0000_1111;
    println!("{}", !b);
    let c = true;
    println!("{} {}", !c, !!c);
    let d = -2.5;
    println!("{} {}", -d, -(-d));
    let e: i64 = i64::MIN + 1;
    println!("{}", -e);
    let f = 7;
    let rf = &f;
    println!("{}", -*rf);
    println!("{}", !*rf);
    let g: u64 = 0;
    println!("{}", !g);
    let h = -(3 - 10);
    println!("{}", h);
    let i: i8 = -128 + 1;
    println!("{}", -i);
    let mut k = 1;
    for _ in 0..5 {
        k = -k * 2;
    }
    println!("{}", k);
}
