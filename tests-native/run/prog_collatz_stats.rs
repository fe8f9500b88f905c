// Collatz sequences: longest chain under a bound with a memo Vec, and the distribution of lengths.
use std::collections::BTreeMap;

fn main() {
    let limit = 100_000usize;
    let mut memo = vec![0u32; limit];
    memo[1] = 1;
    let mut best = (1, 1);
    for start in 2..limit {
        let mut n = start as u64;
        let mut steps = 0u32;
        while n >= limit as u64 || memo[n as usize] == 0 {
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            steps += 1;
        }
        let len = steps + memo[n as usize];
        memo[start] = len;
        if len > best.1 {
            best = (start, len);
        }
    }
    println!("longest chain below {}: {} ({} terms)", limit, best.0, best.1);
    let mut dist: BTreeMap<u32, usize> = BTreeMap::new();
    for &l in memo.iter().skip(1).take(1000) {
        *dist.entry(l / 20 * 20).or_insert(0) += 1;
    }
    for (bucket, n) in &dist {
        println!("{:>3}-{:<3} {}", bucket, bucket + 19, "*".repeat(n / 10));
    }
}
