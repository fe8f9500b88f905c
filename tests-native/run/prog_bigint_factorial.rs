// Arbitrary-precision factorial with base-10^9 limbs in a fixed u64 array; digit sums and trailing zeros.
const LIMBS: usize = 40;
const BASE: u64 = 1_000_000_000;

struct Big {
    limbs: [u64; LIMBS],
    len: usize,
}

impl Big {
    fn one() -> Big {
        let mut limbs = [0; LIMBS];
        limbs[0] = 1;
        Big { limbs, len: 1 }
    }

    fn mul_small(&mut self, m: u64) {
        let mut carry = 0;
        for i in 0..self.len {
            let v = self.limbs[i] * m + carry;
            self.limbs[i] = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            self.limbs[self.len] = carry % BASE;
            carry /= BASE;
            self.len += 1;
        }
    }

    fn add(&mut self, other: &Big) {
        let n = if self.len > other.len { self.len } else { other.len };
        let mut carry = 0;
        for i in 0..n {
            let v = self.limbs[i] + other.limbs[i] + carry;
            self.limbs[i] = v % BASE;
            carry = v / BASE;
        }
        self.len = n;
        if carry > 0 {
            self.limbs[n] = carry;
            self.len += 1;
        }
    }

    fn print(&self) {
        print!("{}", self.limbs[self.len - 1]);
        let mut i = self.len - 1;
        while i > 0 {
            i -= 1;
            print!("{:09}", self.limbs[i]);
        }
        println!();
    }

    fn digit_stats(&self) -> (u32, u32, u32) {
        let mut digits = 0;
        let mut sum = 0;
        let mut zeros = 0;
        let mut counting_zeros = true;
        for i in 0..self.len {
            let mut v = self.limbs[i];
            let width = if i == self.len - 1 { 0 } else { 9 };
            let mut produced = 0;
            while v > 0 || produced < width {
                let d = (v % 10) as u32;
                if counting_zeros {
                    if d == 0 { zeros += 1; } else { counting_zeros = false; }
                }
                sum += d;
                digits += 1;
                produced += 1;
                v /= 10;
            }
        }
        (digits, sum, zeros)
    }
}

fn main() {
    let mut f = Big::one();
    for n in 1..=100u64 {
        f.mul_small(n);
        if n == 25 || n == 50 || n == 100 {
            print!("{}! = ", n);
            f.print();
            let (d, s, z) = f.digit_stats();
            println!("  {} digits, digit sum {}, {} trailing zeros", d, s, z);
        }
    }
    let mut a = Big::one();
    let mut b = Big::one();
    for _ in 0..298 {
        let mut next = Big::one();
        next.limbs = a.limbs;
        next.len = a.len;
        next.add(&b);
        a = b;
        b = next;
    }
    print!("fib(300) = ");
    b.print();
    let mut p = Big::one();
    for _ in 0..128 {
        p.mul_small(2);
    }
    print!("2^128 = ");
    p.print();
}
