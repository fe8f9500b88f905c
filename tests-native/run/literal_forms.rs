// Hex, octal and binary literals, digit separators, char and string escapes.
fn main() {
    println!("{}", 0xff);
    println!("{}", 0xDEAD_BEEFu32);
    println!("{}", 0o777);
    println!("{}", 0b1010_1010);
    println!("{}", 1_000_000);
    println!("{}", 0x7fff_ffff_ffff_ffffi64);
    println!("{}", 1e3);
    println!("{}", 2.5e-3);
    println!("{}", 1_0.5_0);
    let chars = ['a', 'Z', '0', '\'', '"', '\\', '\x41', '\u{263A}', '\u{1F600}'];
    let mut i = 0;
    while i < chars.len() {
        print!("[{}]", chars[i]);
        i += 1;
    }
    println!();
    println!("tab:\tend");
    println!("quote: \" backslash: \\ nul-free \x7e");
    println!("unicode: \u{e9}\u{e8} \u{4e2d}\u{6587}");
    println!("line one
line two");
    println!("continued \
              here");
    println!("{}", '\n' as u32);
    println!("{}", '\t' as u32);
    println!("{}", '\r' as u32);
    println!("{}", '\0' as u32);
}
