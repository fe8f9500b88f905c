// Casts involving char and bool: char -> integer, u8 -> char, bool -> integer.
fn main() {
    let c = 'A';
    println!("{}", c as u32);
    println!("{}", c as u8 + 2);
    println!("{}", (c as u8 + 25) as char);
    let heart = '\u{2764}';
    println!("{} {}", heart as u32, heart as u8);
    let emoji = '😀';
    println!("{}", emoji as u32);
    let mut i = 0u8;
    while i < 26 {
        print!("{}", ('a' as u8 + i) as char);
        i += 1;
    }
    println!();
    let digit = '7';
    println!("{}", digit as u32 - '0' as u32);
    let t = true;
    let f = false;
    println!("{} {} {}", t as u8, f as i64, t as u16 * 10);
    let n = (3 > 2) as i32 + (2 > 3) as i32;
    println!("{}", n);
    println!("{}", 200u8 as char);
    println!("{}", 'é' as u8);
}
