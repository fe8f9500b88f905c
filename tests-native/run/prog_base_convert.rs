// Number base conversion both ways (bases 2 to 36), with digit validation and round trips.
fn to_base(mut n: u64, base: u32) -> String {
    if n == 0 {
        return String::from("0");
    }
    let mut digits = Vec::new();
    while n > 0 {
        digits.push(std::char::from_digit((n % base as u64) as u32, base).unwrap());
        n /= base as u64;
    }
    digits.iter().rev().collect()
}

fn from_base(s: &str, base: u32) -> Result<u64, String> {
    s.chars().try_fold(0u64, |acc, c| {
        let d = c.to_digit(base).ok_or(format!("invalid digit {:?} for base {}", c, base))?;
        acc.checked_mul(base as u64).and_then(|v| v.checked_add(d as u64)).ok_or(String::from("overflow"))
    })
}

fn main() {
    for (n, b) in [(255u64, 2), (255, 16), (1_000_000, 36), (0, 7), (u64::MAX, 36)] {
        let s = to_base(n, b);
        println!("{} in base {} = {} -> {:?}", n, b, s, from_base(&s, b));
    }
    println!("{:?}", from_base("12z", 16));
    println!("{:?}", from_base("zzzzzzzzzzzzzz", 36));
    println!("{} {} {}", u32::from_str_radix("ff", 16).unwrap(), i64::from_str_radix("-101", 2).unwrap(), format!("{:o}", 64));
}
