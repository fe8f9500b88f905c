fn main() {
    let s = "  Hello, Wörld! 42  ";
    let t = s.trim();
    println!("[{}] [{}] [{}]", t, s.trim_start(), s.trim_end());
    println!("{} {} {}", t.starts_with("Hello"), t.ends_with("42"), t.contains("Wö"));
    println!("{:?} {:?}", t.find("l"), t.find("zz"));
    println!("{} {}", t.to_uppercase(), t.to_lowercase());
    println!("{}", "ab".repeat(3));
    println!("{}", t.replace("l", "L"));
    let mut letters = 0;
    let mut digits = 0;
    let mut spaces = 0;
    for c in ['a', 'Z', '7', ' ', '\n', 'é', '!', 'ß', 'Ж'] {
        if c.is_alphabetic() {
            letters += 1;
        }
        if c.is_numeric() {
            digits += 1;
        }
        if c.is_whitespace() {
            spaces += 1;
        }
        print!("{}{}{} ", c.is_ascii_uppercase() as u8, c.to_ascii_uppercase(), c.len_utf8());
    }
    println!();
    println!("{} {} {}", letters, digits, spaces);
    println!("{:?} {:?} {:?}", '7'.to_digit(10), 'f'.to_digit(16), 'g'.to_digit(16));
    let owned = String::from("  padded ");
    println!("[{}] {}", owned.trim(), owned.contains("dd"));
}
