// std::thread::spawn and join: each thread computes a partial result from what it moved in; the main
// thread joins them in order. (WasmRust: on workers in a --threads build, else on the calling thread.)
use std::thread;

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let chunks: Vec<(u64, u64)> = (0..4).map(|i| (i * 2500, (i + 1) * 2500)).collect();
    let mut handles = Vec::new();
    for (lo, hi) in chunks {
        handles.push(thread::spawn(move || (lo..hi).filter(|&n| is_prime(n)).count()));
    }
    let counts: Vec<usize> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("primes per chunk: {:?}", counts);
    println!("primes below 10000: {}", counts.iter().sum::<usize>());

    let words = vec![String::from("alpha"), String::from("beta"), String::from("gamma")];
    let h = thread::spawn(move || {
        let total: usize = words.iter().map(|w| w.len()).sum();
        (words.join("+"), total)
    });
    let (joined, total) = h.join().unwrap();
    println!("{} has {} letters", joined, total);
    let done = thread::spawn(|| 6 * 7);
    println!("finished: {}", done.join().unwrap());
}
