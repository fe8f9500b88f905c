// char values: comparisons, arithmetic via u32/u8 casts, case conversion by hand, escapes.
fn to_upper(c: char) -> char {
    if c >= 'a' && c <= 'z' {
        ((c as u8) - 32) as char
    } else {
        c
    }
}

fn rot13(c: char) -> char {
    match c {
        'a'..='z' => (((c as u8 - 'a' as u8) + 13) % 26 + 'a' as u8) as char,
        'A'..='Z' => (((c as u8 - 'A' as u8) + 13) % 26 + 'A' as u8) as char,
        _ => c,
    }
}

fn digit_value(c: char) -> u32 {
    c as u32 - '0' as u32
}

fn main() {
    let word = ['h', 'e', 'l', 'l', 'o', ',', ' ', 'W', 'o', 'r', 'l', 'd'];
    for i in 0..word.len() {
        print!("{}", to_upper(word[i]));
    }
    println!();
    for i in 0..word.len() {
        print!("{}", rot13(word[i]));
    }
    println!();
    let digits = ['4', '0', '9', '6'];
    let mut n = 0;
    for i in 0..digits.len() {
        n = n * 10 + digit_value(digits[i]);
    }
    println!("n = {}", n);
    let c = 'ß';
    println!("{} {} {:?}", c, c as u32, c);
    let max = char::MAX;
    println!("{}", max as u32);
    println!("{}", 'a' < 'b' && 'Z' < 'a');
    let snow = '\u{2603}';
    println!("{} {:?} {:>3}|", snow, snow, snow);
    let mut letters = 0;
    for ch in 'a'..='z' {
        if ch != 'q' {
            letters += 1;
        }
    }
    println!("{}", letters);
    let tab = '\t';
    println!("[{}] [{:?}]", tab, tab);
}
