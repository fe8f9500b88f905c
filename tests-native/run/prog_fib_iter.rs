// A user-defined iterator (Fibonacci) composed with the library's adaptors.
struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

fn fib() -> Fib {
    Fib { a: 0, b: 1 }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

fn main() {
    println!("{:?}", fib().take(15).collect::<Vec<_>>());
    let even_sum: u64 = fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("{}", even_sum);
    println!("{:?}", fib().position(|x| x > 1000));
    println!("{:?}", fib().skip(10).step_by(5).take(4).collect::<Vec<u64>>());
    for n in Countdown(5) {
        print!("{}... ", n);
    }
    println!("liftoff");
    let total: u32 = Countdown(10).zip(Countdown(3)).map(|(a, b)| a * b).sum();
    println!("{}", total);
    let mut it = fib();
    let third = it.nth(3);
    println!("{:?} {:?}", third, it.next());
}
