// A bank-queue simulation driven by a deterministic pseudo-random generator (LCG) in a struct.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[derive(Debug, Clone, Copy)]
struct Customer {
    arrival: u64,
    service: u64,
}

fn main() {
    let mut rng = Lcg(42);
    let mut t = 0;
    let customers: Vec<Customer> = (0..40)
        .map(|_| {
            t += rng.below(5);
            Customer { arrival: t, service: 1 + rng.below(6) }
        })
        .collect();
    for tellers in 1..=3 {
        let mut free_at = vec![0u64; tellers];
        let mut waits = Vec::new();
        for c in &customers {
            let (idx, &when) = free_at.iter().enumerate().min_by_key(|(_, &w)| w).unwrap();
            let start = when.max(c.arrival);
            waits.push(start - c.arrival);
            free_at[idx] = start + c.service;
        }
        let avg = waits.iter().sum::<u64>() as f64 / waits.len() as f64;
        let worst = waits.iter().max().unwrap();
        let end = free_at.iter().max().unwrap();
        println!("{} teller(s): avg wait {:.2}, worst {}, done at {}", tellers, avg, worst, end);
    }
    println!("first: {:?}", customers.first());
}
