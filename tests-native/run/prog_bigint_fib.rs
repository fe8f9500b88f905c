// Big unsigned integers as Vec<u32> limbs (base 10^9): addition and multiplication by a small number,
// used for large Fibonacci numbers and factorials, with digit sums.
#[derive(Clone, Debug, PartialEq)]
struct Big(Vec<u32>);

const BASE: u64 = 1_000_000_000;

impl Big {
    fn from(n: u32) -> Big {
        Big(vec![n])
    }
    fn add(&self, o: &Big) -> Big {
        let mut out = Vec::with_capacity(self.0.len().max(o.0.len()) + 1);
        let mut carry = 0u64;
        for i in 0..self.0.len().max(o.0.len()) {
            let s = *self.0.get(i).unwrap_or(&0) as u64 + *o.0.get(i).unwrap_or(&0) as u64 + carry;
            out.push((s % BASE) as u32);
            carry = s / BASE;
        }
        if carry > 0 {
            out.push(carry as u32);
        }
        Big(out)
    }
    fn mul_small(&self, m: u32) -> Big {
        let mut out = Vec::with_capacity(self.0.len() + 1);
        let mut carry = 0u64;
        for &limb in &self.0 {
            let p = limb as u64 * m as u64 + carry;
            out.push((p % BASE) as u32);
            carry = p / BASE;
        }
        while carry > 0 {
            out.push((carry % BASE) as u32);
            carry /= BASE;
        }
        Big(out)
    }
    fn to_string(&self) -> String {
        let mut s = self.0.last().unwrap().to_string();
        for limb in self.0.iter().rev().skip(1) {
            s.push_str(&format!("{:09}", limb));
        }
        s
    }
}

fn main() {
    let (mut a, mut b) = (Big::from(0), Big::from(1));
    for _ in 0..300 {
        let c = a.add(&b);
        a = b;
        b = c;
    }
    let f300 = a.to_string();
    println!("fib(300) = {} ({} digits)", f300, f300.len());
    let mut f = Big::from(1);
    for k in 2..=50 {
        f = f.mul_small(k);
    }
    let s = f.to_string();
    let digit_sum: u32 = s.chars().map(|c| c.to_digit(10).unwrap()).sum();
    println!("50! = {}", s);
    println!("digit sum {}, trailing zeros {}", digit_sum, s.len() - s.trim_end_matches('0').len());
}
