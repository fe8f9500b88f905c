// Prime factorization by trial division, factor counts in a BTreeMap, divisor counts and sums.
use std::collections::BTreeMap;

fn factorize(mut n: u64) -> BTreeMap<u64, u32> {
    let mut f = BTreeMap::new();
    let mut d = 2;
    while d * d <= n {
        while n % d == 0 {
            *f.entry(d).or_insert(0) += 1;
            n /= d;
        }
        d += if d == 2 { 1 } else { 2 };
    }
    if n > 1 {
        *f.entry(n).or_insert(0) += 1;
    }
    f
}

fn show(f: &BTreeMap<u64, u32>) -> String {
    f.iter().map(|(p, e)| if *e == 1 { p.to_string() } else { format!("{}^{}", p, e) }).collect::<Vec<_>>().join(" * ")
}

fn main() {
    for n in [2u64, 12, 97, 360, 1001, 65536, 999999, 600851475143, 9007199254740993] {
        let f = factorize(n);
        let divisors: u64 = f.values().map(|&e| e as u64 + 1).product();
        let sigma: u64 = f.iter().map(|(&p, &e)| (0..=e).map(|k| p.pow(k)).sum::<u64>()).product();
        println!("{:>16} = {:<30} divisors {:>3} sigma {}", n, show(&f), divisors, sigma);
    }
    let perfect: Vec<u64> = (2..10000u64).filter(|&n| {
        let f = factorize(n);
        f.iter().map(|(&p, &e)| (0..=e).map(|k| p.pow(k)).sum::<u64>()).product::<u64>() == 2 * n
    }).collect();
    println!("perfect numbers: {:?}", perfect);
}
