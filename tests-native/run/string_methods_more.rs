fn main() {
    let mut s = String::from("hello");
    s.insert(0, 'H');
    s.remove(1);
    let popped = s.pop();
    println!("{} {:?} {}", s, popped, s.len());
    s.truncate(3);
    s.insert_str(0, ">>");
    println!("{} {} {}", s, s.to_uppercase(), s.starts_with(">>"));
    let t = "a-b-c".replace('-', "+");
    println!("{} {:?} {:?}", t, "abc".char_indices().last(), "x".repeat(3));
    let mut w = String::from("a1b2c3");
    w.retain(|c| c.is_alphabetic());
    println!("{} {:?} {:?}", w, char::from_digit(7, 10), char::from_u32(0x41));
    println!("{:?} {}", "Hello".split_at(2), "abc".chars().rev().collect::<String>());
    println!("{} {}", "ß".to_uppercase(), "  x ".trim_start());
    let num = 255;
    println!("{:08b} {:x} {:#X} {:>6.2} {:+}", num, num, num, 3.14159, 7);
    println!("{}", "tEsT".chars().map(|c| if c.is_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect::<String>());
    let bytes = "hi".as_bytes();
    println!("{:?} {}", bytes, String::from_utf8(bytes.to_vec()).unwrap());
    println!("{}", "x".eq_ignore_ascii_case("X"));
}
