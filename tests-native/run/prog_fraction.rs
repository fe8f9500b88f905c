// A Fraction type with operator overloading, normalization by gcd, ordering by cross-multiplication,
// Display, and a harmonic series sum.
use std::fmt;
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Frac {
    n: i64,
    d: i64,
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

impl Frac {
    fn new(n: i64, d: i64) -> Frac {
        let g = gcd(n, d).max(1);
        let s = if d < 0 { -1 } else { 1 };
        Frac { n: s * n / g, d: s * d / g }
    }
    fn value(&self) -> f64 {
        self.n as f64 / self.d as f64
    }
}

impl Add for Frac {
    type Output = Frac;
    fn add(self, o: Frac) -> Frac {
        Frac::new(self.n * o.d + o.n * self.d, self.d * o.d)
    }
}

impl Sub for Frac {
    type Output = Frac;
    fn sub(self, o: Frac) -> Frac {
        self + (-o)
    }
}

impl Mul for Frac {
    type Output = Frac;
    fn mul(self, o: Frac) -> Frac {
        Frac::new(self.n * o.n, self.d * o.d)
    }
}

impl Neg for Frac {
    type Output = Frac;
    fn neg(self) -> Frac {
        Frac::new(-self.n, self.d)
    }
}

impl fmt::Display for Frac {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.d == 1 { write!(f, "{}", self.n) } else { write!(f, "{}/{}", self.n, self.d) }
    }
}

fn main() {
    let a = Frac::new(1, 2);
    let b = Frac::new(-3, 4);
    println!("{} + {} = {}", a, b, a + b);
    println!("{} - {} = {}", a, b, a - b);
    println!("{} * {} = {}", a, b, a * b);
    println!("{} {}", Frac::new(6, -8), Frac::new(10, 5));
    let mut h = Frac::new(0, 1);
    for k in 1..=10 {
        h = h + Frac::new(1, k);
    }
    println!("H(10) = {} ~ {:.6}", h, h.value());
    let mut fs = vec![Frac::new(2, 3), Frac::new(1, 7), Frac::new(5, 6), Frac::new(-1, 2)];
    fs.sort_by(|x, y| (x.n * y.d).cmp(&(y.n * x.d)));
    println!("{}", fs.iter().map(|f| f.to_string()).collect::<Vec<_>>().join(" < "));
}
