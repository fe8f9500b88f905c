// Goldbach partitions and prime-counting in segments using a boolean sieve.
fn sieve(n: usize) -> Vec<bool> {
    let mut p = vec![true; n + 1];
    p[0] = false;
    p[1] = false;
    let mut i = 2;
    while i * i <= n {
        if p[i] {
            let mut j = i * i;
            while j <= n {
                p[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    p
}

fn main() {
    let n = 10_000;
    let p = sieve(n);
    for even in [4, 28, 100, 98, 1000] {
        let parts: Vec<(usize, usize)> = (2..=even / 2).filter(|&a| p[a] && p[even - a]).map(|a| (a, even - a)).collect();
        println!("{:>4}: {} partitions, first {:?}, last {:?}", even, parts.len(), parts.first().unwrap(), parts.last().unwrap());
    }
    let counts: Vec<usize> = (0..10).map(|k| (k * 1000..(k + 1) * 1000).filter(|&i| p[i]).count()).collect();
    println!("primes per thousand: {:?}", counts);
    println!("total below {}: {}", n, counts.iter().sum::<usize>());
}
