// Fast matrix exponentiation (2x2 u64 matrices modulo a prime) for Fibonacci numbers and linear
// recurrences, checked against a direct loop.
type M = [[u64; 2]; 2];
const P: u64 = 1_000_000_007;

fn mul(a: &M, b: &M) -> M {
    let mut r = [[0u64; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            r[i][j] = (a[i][0] * b[0][j] + a[i][1] * b[1][j]) % P;
        }
    }
    r
}

fn pow(mut base: M, mut e: u64) -> M {
    let mut acc: M = [[1, 0], [0, 1]];
    while e > 0 {
        if e & 1 == 1 {
            acc = mul(&acc, &base);
        }
        base = mul(&base, &base);
        e >>= 1;
    }
    acc
}

fn fib_mod(n: u64) -> u64 {
    pow([[1, 1], [1, 0]], n)[0][1]
}

fn main() {
    let direct: Vec<u64> = (0..20).scan((0u64, 1u64), |s, _| {
        let v = s.0;
        *s = (s.1, (s.0 + s.1) % P);
        Some(v)
    }).collect();
    let fast: Vec<u64> = (0..20).map(fib_mod).collect();
    println!("{:?}\nagree: {}", fast, fast == direct);
    for n in [100u64, 1_000_000, 1_000_000_000_000] {
        println!("fib({}) mod p = {}", n, fib_mod(n));
    }
}
