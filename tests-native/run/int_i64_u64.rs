// 64-bit arithmetic near the limits: products, division, formatting.
fn mulmod(a: u64, b: u64, m: u64) -> u64 {
    let mut result = 0u64;
    let mut x = a % m;
    let mut y = b;
    while y > 0 {
        if y & 1 == 1 {
            result = (result + x) % m;
        }
        x = (x * 2) % m;
        y >>= 1;
    }
    result
}

fn powmod(base: u64, exp: u64, m: u64) -> u64 {
    let mut r = 1u64;
    let mut b = base % m;
    let mut e = exp;
    while e > 0 {
        if e % 2 == 1 {
            r = mulmod(r, b, m);
        }
        b = mulmod(b, b, m);
        e /= 2;
    }
    r
}

fn main() {
    let a: i64 = 9_000_000_000;
    let b: i64 = 1_000_000;
    println!("{}", a * b);
    println!("{}", i64::MAX / 3);
    println!("{}", i64::MIN / 7);
    println!("{}", i64::MIN % 7);
    println!("{}", u64::MAX - 1);
    println!("{}", u64::MAX / 10);
    let m = 1_000_000_007;
    println!("{}", powmod(2, 1_000_000, m));
    println!("{}", powmod(3, 1 << 40, m));
    let mut fact: u64 = 1;
    for i in 1..=20u64 {
        fact *= i;
    }
    println!("20! = {}", fact);
    let h: u64 = 0xcbf29ce484222325;
    println!("{:x}", h ^ 0x100000001b3);
    let neg: i64 = -1234567890123456789;
    println!("{} {}", neg / 1000, neg % 1000);
    println!("{}", (neg as u64) >> 60);
    println!("{}", neg >> 60);
}
