// Sieve of Eratosthenes up to 10000, prime statistics, twin primes, Goldbach checks, segmented counting.
const LIMIT: usize = 10000;

struct Sieve {
    composite: [bool; LIMIT + 1],
}

impl Sieve {
    fn new() -> Sieve {
        let mut composite = [false; LIMIT + 1];
        composite[0] = true;
        composite[1] = true;
        let mut i = 2;
        while i * i <= LIMIT {
            if !composite[i] {
                let mut j = i * i;
                while j <= LIMIT {
                    composite[j] = true;
                    j += i;
                }
            }
            i += 1;
        }
        Sieve { composite }
    }

    fn is_prime(&self, n: usize) -> bool {
        n <= LIMIT && !self.composite[n]
    }

    fn count_below(&self, n: usize) -> u32 {
        let mut c = 0;
        for i in 0..n {
            if self.is_prime(i) {
                c += 1;
            }
        }
        c
    }
}

fn main() {
    let s = Sieve::new();
    print!("first primes:");
    let mut shown = 0;
    let mut n = 0;
    while shown < 25 {
        if s.is_prime(n) {
            print!(" {}", n);
            shown += 1;
        }
        n += 1;
    }
    println!();
    let mut bound = 10;
    while bound <= LIMIT {
        println!("pi({:>5}) = {:>4}", bound, s.count_below(bound + 1));
        bound *= 10;
    }
    let mut twins = 0;
    let mut last_twin = (0, 0);
    for p in 3..LIMIT - 1 {
        if s.is_prime(p) && s.is_prime(p + 2) {
            twins += 1;
            last_twin = (p, p + 2);
        }
    }
    println!("twin pairs below {}: {}, largest ({}, {})", LIMIT, twins, last_twin.0, last_twin.1);
    let mut max_gap = 0;
    let mut gap_at = 0;
    let mut prev = 2;
    for p in 3..=LIMIT {
        if s.is_prime(p) {
            if p - prev > max_gap {
                max_gap = p - prev;
                gap_at = prev;
            }
            prev = p;
        }
    }
    println!("largest gap {} after {}", max_gap, gap_at);
    let evens = [4, 28, 100, 998, 9998];
    for i in 0..evens.len() {
        let e = evens[i];
        let mut ways = 0;
        let mut first = 0;
        for p in 2..=e / 2 {
            if s.is_prime(p) && s.is_prime(e - p) {
                if ways == 0 {
                    first = p;
                }
                ways += 1;
            }
        }
        println!("{} = {} + {} ({} ways)", e, first, e - first, ways);
    }
    let mut digit_sums = [0u32; 10];
    for p in 2..=LIMIT {
        if s.is_prime(p) {
            digit_sums[p % 10] += 1;
        }
    }
    for d in 0..10 {
        if digit_sums[d] > 0 {
            println!("ending in {}: {}", d, digit_sums[d]);
        }
    }
}
