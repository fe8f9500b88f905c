// Histograms of generated measurements: bucketing with integer division, bars with repeat, stats.
fn main() {
    let mut x: u64 = 12345;
    let samples: Vec<f64> = (0..500)
        .map(|_| {
            let mut s = 0.0;
            for _ in 0..6 {
                x = x.wrapping_mul(2862933555777941757).wrapping_add(3037000493);
                s += (x >> 11) as f64 / (1u64 << 53) as f64;
            }
            s * 10.0
        })
        .collect();
    let min = samples.iter().cloned().fold(f64::INFINITY, f64::min);
    let max = samples.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let mean = samples.iter().sum::<f64>() / samples.len() as f64;
    println!("n={} min={:.3} max={:.3} mean={:.3}", samples.len(), min, max, mean);
    let buckets = 12;
    let width = (max - min) / buckets as f64;
    let mut counts = vec![0usize; buckets];
    for &s in &samples {
        let b = (((s - min) / width) as usize).min(buckets - 1);
        counts[b] += 1;
    }
    let peak = *counts.iter().max().unwrap();
    for (i, c) in counts.iter().enumerate() {
        let lo = min + i as f64 * width;
        println!("{:6.2} | {:<40} {}", lo, "#".repeat(c * 40 / peak), c);
    }
    let mut sorted = samples.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = (sorted[249] + sorted[250]) / 2.0;
    println!("median {:.3}", median);
}
