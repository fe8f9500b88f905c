// Primes with a sieve and with iterator pipelines; twin primes and prime gaps.
fn sieve(limit: usize) -> Vec<usize> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= limit {
        if is_prime[i] {
            let mut j = i * i;
            while j <= limit {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    is_prime.iter().enumerate().filter(|(_, &p)| p).map(|(n, _)| n).collect()
}

fn is_prime(n: u64) -> bool {
    n >= 2 && (2..).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

fn main() {
    let primes = sieve(100);
    println!("{:?}", primes);
    println!("count below 10000: {}", sieve(10000).len());
    let twins: Vec<(usize, usize)> = primes.iter().zip(primes.iter().skip(1)).filter(|(a, b)| *b - *a == 2).map(|(a, b)| (*a, *b)).collect();
    println!("twins: {:?}", twins);
    let big = sieve(2000);
    let gap = big.iter().zip(big.iter().skip(1)).map(|(a, b)| b - a).max().unwrap();
    println!("largest gap below 2000: {}", gap);
    let check: Vec<u64> = (90..110).filter(|&n| is_prime(n)).collect();
    println!("{:?}", check);
    let sum: u64 = (1..=1000).filter(|&n| is_prime(n)).sum();
    println!("sum of primes to 1000: {}", sum);
}
