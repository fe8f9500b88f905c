// `const` items: typed, computed from other consts, used as array lengths and in patterns.
const SIZE: usize = 5;
const DOUBLE: usize = SIZE * 2;
const GREETING: &str = "hello";
const LIMIT: i32 = 1 << 10;
const NEG: i64 = -(LIMIT as i64) * 3;
const PI: f64 = 3.141592653589793;
const TABLE: [u8; 4] = [1, 2, 4, 8];
const FLAG: bool = LIMIT > 1000;
const LETTER: char = 'Q';
const MAGIC: u32 = 42;

fn area(r: f64) -> f64 {
    PI * r * r
}

fn classify(n: u32) -> &'static str {
    match n {
        MAGIC => "magic",
        0 => "zero",
        _ => "other",
    }
}

fn main() {
    let arr = [7; SIZE];
    let big = [0u8; DOUBLE];
    println!("{} {}", arr.len(), big.len());
    println!("{} {} {}", GREETING, LIMIT, NEG);
    println!("{:.4}", area(2.0));
    let mut sum = 0;
    for i in 0..TABLE.len() {
        sum += TABLE[i];
    }
    println!("sum = {}", sum);
    println!("{} {}", FLAG, LETTER);
    println!("{} {}", classify(42), classify(7));
    const LOCAL: i32 = 3;
    println!("{}", LOCAL * LIMIT);
}
