// Check digits: Luhn for card numbers, ISBN-10 and ISBN-13 validation with iterator pipelines.
fn luhn(s: &str) -> bool {
    let digits: Vec<u32> = s.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_digit(10)).collect::<Option<Vec<u32>>>().unwrap_or_default();
    if digits.len() < 2 {
        return false;
    }
    let sum: u32 = digits.iter().rev().enumerate().map(|(i, &d)| if i % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d }).sum();
    sum % 10 == 0
}

fn isbn10(s: &str) -> bool {
    let cs: Vec<char> = s.chars().filter(|c| *c != '-').collect();
    if cs.len() != 10 {
        return false;
    }
    let mut total = 0;
    for (i, c) in cs.iter().enumerate() {
        let v = match c.to_digit(10) {
            Some(d) => d,
            None if i == 9 && *c == 'X' => 10,
            None => return false,
        };
        total += v * (10 - i as u32);
    }
    total % 11 == 0
}

fn isbn13(s: &str) -> bool {
    let ds: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    ds.len() == 13 && ds.iter().enumerate().map(|(i, d)| if i % 2 == 0 { *d } else { 3 * d }).sum::<u32>() % 10 == 0
}

fn main() {
    for c in ["4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0"] {
        println!("luhn {:<22} {}", c, luhn(c));
    }
    for i in ["3-598-21508-8", "3-598-21507-X", "359821507X", "3-598-2X507-9"] {
        println!("isbn10 {:<14} {}", i, isbn10(i));
    }
    for i in ["978-0-306-40615-7", "978-0-306-40615-6"] {
        println!("isbn13 {:<18} {}", i, isbn13(i));
    }
}
