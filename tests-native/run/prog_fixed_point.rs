// Q16.16 fixed-point arithmetic on i64: mul, div, sqrt, sin/cos via Taylor series, compared with f64.
const FRAC_BITS: u32 = 16;
const ONE: i64 = 1 << FRAC_BITS;

struct Fx(i64);

impl Fx {
    fn from_int(n: i64) -> Fx {
        Fx(n << FRAC_BITS)
    }

    fn from_f64(x: f64) -> Fx {
        Fx((x * ONE as f64) as i64)
    }

    fn to_f64(&self) -> f64 {
        self.0 as f64 / ONE as f64
    }

    fn add(&self, o: &Fx) -> Fx {
        Fx(self.0 + o.0)
    }

    fn sub(&self, o: &Fx) -> Fx {
        Fx(self.0 - o.0)
    }

    fn mul(&self, o: &Fx) -> Fx {
        Fx((self.0 * o.0) >> FRAC_BITS)
    }

    fn div(&self, o: &Fx) -> Fx {
        Fx((self.0 << FRAC_BITS) / o.0)
    }

    fn sqrt(&self) -> Fx {
        if self.0 <= 0 {
            return Fx(0);
        }
        let mut x = Fx(if self.0 > ONE { self.0 / 2 } else { ONE });
        for _ in 0..20 {
            let q = self.div(&x);
            x = Fx((x.0 + q.0) / 2);
        }
        x
    }

    fn print(&self, label: &str) {
        let neg = self.0 < 0;
        let mag = if neg { -self.0 } else { self.0 };
        let int = mag >> FRAC_BITS;
        let frac = ((mag & (ONE - 1)) * 10000) >> FRAC_BITS;
        println!("{:>10} = {}{}.{:04} (raw {:#x})", label, if neg { "-" } else { "" }, int, frac, self.0);
    }
}

fn sin_fx(x: &Fx) -> Fx {
    // x - x^3/3! + x^5/5! - x^7/7! + x^9/9!
    let x2 = x.mul(x);
    let mut term = Fx(x.0);
    let mut sum = Fx(x.0);
    let mut k = 1;
    while k <= 4 {
        let denom = Fx::from_int((2 * k) * (2 * k + 1));
        term = term.mul(&x2).div(&denom);
        if k % 2 == 1 {
            sum = sum.sub(&term);
        } else {
            sum = sum.add(&term);
        }
        k += 1;
    }
    sum
}

fn cos_fx(x: &Fx) -> Fx {
    let half_pi = Fx::from_f64(1.5707963267948966);
    sin_fx(&half_pi.sub(x))
}

fn sin_f64(x: f64) -> f64 {
    let mut term = x;
    let mut sum = x;
    for k in 1..12 {
        let k = k as f64;
        term = -term * x * x / ((2.0 * k) * (2.0 * k + 1.0));
        sum += term;
    }
    sum
}

fn main() {
    let a = Fx::from_f64(3.25);
    let b = Fx::from_int(-2);
    a.print("a");
    b.print("b");
    a.add(&b).print("a+b");
    a.sub(&b).print("a-b");
    a.mul(&b).print("a*b");
    a.div(&b).print("a/b");
    Fx::from_int(2).sqrt().print("sqrt(2)");
    Fx::from_int(144).sqrt().print("sqrt(144)");
    Fx::from_f64(0.25).sqrt().print("sqrt(.25)");
    let mut max_err = 0.0;
    let mut deg = 0;
    while deg <= 90 {
        let rad = deg as f64 * 3.141592653589793 / 180.0;
        let fx = Fx::from_f64(rad);
        let s = sin_fx(&fx);
        let c = cos_fx(&fx);
        let mut err = s.to_f64() - sin_f64(rad);
        if err < 0.0 {
            err = -err;
        }
        if err > max_err {
            max_err = err;
        }
        if deg % 30 == 0 {
            println!("deg {:>2}: sin {:.4} cos {:.4}", deg, s.to_f64(), c.to_f64());
        }
        deg += 15;
    }
    println!("max error vs f64 series below 0.001: {}", max_err < 0.001);
    let mut acc = Fx::from_int(0);
    let step = Fx::from_f64(0.1);
    for _ in 0..10 {
        acc = acc.add(&step);
    }
    acc.print("10 x 0.1");
}
