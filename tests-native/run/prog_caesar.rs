// Caesar and Vigenère ciphers with char arithmetic and iterator chains.
fn shift(c: char, k: u8) -> char {
    if c.is_ascii_lowercase() {
        (((c as u8 - b'a' + k) % 26) + b'a') as char
    } else if c.is_ascii_uppercase() {
        (((c as u8 - b'A' + k) % 26) + b'A') as char
    } else {
        c
    }
}

fn caesar(s: &str, k: u8) -> String {
    s.chars().map(|c| shift(c, k)).collect()
}

fn vigenere(s: &str, key: &str, decrypt: bool) -> String {
    let ks: Vec<u8> = key.bytes().map(|b| b - b'a').collect();
    let mut i = 0;
    s.chars()
        .map(|c| {
            if c.is_ascii_alphabetic() {
                let k = ks[i % ks.len()];
                i += 1;
                shift(c, if decrypt { 26 - k } else { k })
            } else {
                c
            }
        })
        .collect()
}

fn main() {
    let msg = "The Quick Brown Fox, 2024!";
    let enc = caesar(msg, 13);
    println!("{}", enc);
    println!("{}", caesar(&enc, 13));
    let v = vigenere("attack at dawn", "lemon", false);
    println!("{}", v);
    println!("{}", vigenere(&v, "lemon", true));
    let letters = msg.chars().filter(|c| c.is_alphabetic()).count();
    let upper = msg.chars().filter(|c| c.is_uppercase()).count();
    println!("{} letters, {} uppercase", letters, upper);
}
