// Collatz statistics: longest chains, peak values, stopping-time histogram, with a small memo table.
const MEMO: usize = 4096;

struct Stats {
    memo: [u32; MEMO],
    hits: u32,
    misses: u32,
}

impl Stats {
    fn new() -> Stats {
        Stats { memo: [0; MEMO], hits: 0, misses: 0 }
    }

    fn steps(&mut self, start: u64) -> u32 {
        let mut n = start;
        let mut count = 0;
        while n != 1 {
            if (n as usize) < MEMO && self.memo[n as usize] != 0 {
                self.hits += 1;
                count += self.memo[n as usize];
                break;
            }
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            count += 1;
        }
        if (start as usize) < MEMO {
            self.misses += 1;
            self.memo[start as usize] = count;
        }
        count
    }
}

fn peak(start: u64) -> u64 {
    let mut n = start;
    let mut best = n;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        if n > best {
            best = n;
        }
    }
    best
}

fn main() {
    let mut s = Stats::new();
    let mut longest = 0;
    let mut longest_start = 0;
    let mut histogram = [0u32; 8];
    let mut total: u64 = 0;
    for start in 1..3000u64 {
        let st = s.steps(start);
        total += st as u64;
        if st > longest {
            longest = st;
            longest_start = start;
        }
        let bucket = (st / 25) as usize;
        if bucket < histogram.len() {
            histogram[bucket] += 1;
        } else {
            histogram[histogram.len() - 1] += 1;
        }
    }
    println!("longest chain below 3000: {} steps from {}", longest, longest_start);
    println!("mean steps: {:.3}", total as f64 / 2999.0);
    println!("memo hits {} misses {}", s.hits, s.misses);
    for i in 0..histogram.len() {
        let lo = i * 25;
        let bar_len = histogram[i] / 20;
        print!("{:>3}-{:<3} {:>4} ", lo, lo + 24, histogram[i]);
        for _ in 0..bar_len {
            print!("#");
        }
        println!();
    }
    let famous = [27u64, 97, 871, 6171, 77031];
    for i in 0..famous.len() {
        let n = famous[i];
        println!("{:>6}: {:>3} steps, peak {}", n, s.steps(n), peak(n));
    }
    let mut record = 0;
    print!("peak records:");
    for n in 1..200u64 {
        let p = peak(n);
        if p > record {
            record = p;
            print!(" {}", n);
        }
    }
    println!();
}
