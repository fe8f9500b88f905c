// Running statistics over a stream (Welford's mean/variance), moving averages with windows, and z-scores.
struct Stats {
    n: u64,
    mean: f64,
    m2: f64,
    min: f64,
    max: f64,
}

impl Stats {
    fn new() -> Stats {
        Stats { n: 0, mean: 0.0, m2: 0.0, min: f64::INFINITY, max: f64::NEG_INFINITY }
    }
    fn push(&mut self, x: f64) {
        self.n += 1;
        let d = x - self.mean;
        self.mean += d / self.n as f64;
        self.m2 += d * (x - self.mean);
        self.min = self.min.min(x);
        self.max = self.max.max(x);
    }
    fn variance(&self) -> f64 {
        if self.n < 2 { 0.0 } else { self.m2 / (self.n - 1) as f64 }
    }
}

fn main() {
    let data = [12.5, 14.0, 13.2, 18.9, 11.1, 15.5, 16.2, 13.8, 30.0, 14.4];
    let mut s = Stats::new();
    for &x in data.iter() {
        s.push(x);
    }
    let sd = s.variance().sqrt();
    println!("n {} mean {:.4} sd {:.4} min {} max {}", s.n, s.mean, sd, s.min, s.max);
    let ma: Vec<String> = data.windows(3).map(|w| format!("{:.2}", w.iter().sum::<f64>() / 3.0)).collect();
    println!("moving average: {}", ma.join(" "));
    let outliers: Vec<(usize, f64)> = data.iter().enumerate().map(|(i, &x)| (i, (x - s.mean) / sd)).filter(|(_, z)| z.abs() > 2.0).collect();
    println!("outliers: {:?}", outliers.iter().map(|(i, z)| format!("#{} z={:.2}", i, z)).collect::<Vec<_>>());
}
