// Breaking a Caesar cipher by letter-frequency scoring against English frequencies.
fn shift(s: &str, k: u8) -> String {
    s.chars().map(|c| if c.is_ascii_lowercase() { (((c as u8 - b'a' + k) % 26) + b'a') as char } else { c }).collect()
}

fn main() {
    let english = [8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4, 6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074];
    let secret = shift("the quick brown fox jumps over the lazy dog and keeps running far away", 11);
    println!("cipher: {}", secret);
    let mut scored: Vec<(f64, u8)> = (0..26u8)
        .map(|k| {
            let plain = shift(&secret, (26 - k) % 26);
            let letters: Vec<usize> = plain.bytes().filter(|b| b.is_ascii_lowercase()).map(|b| (b - b'a') as usize).collect();
            let mut counts = [0.0f64; 26];
            for &l in &letters {
                counts[l] += 1.0;
            }
            let n = letters.len() as f64;
            let chi: f64 = (0..26).map(|i| {
                let expected = english[i] / 100.0 * n;
                (counts[i] - expected) * (counts[i] - expected) / expected
            }).sum();
            (chi, k)
        })
        .collect();
    scored.sort_by(|a, b| a.0.partial_cmp(&b.0).unwrap());
    for (chi, k) in scored.iter().take(3) {
        println!("key {:>2} chi2 {:>9.2} {}", k, chi, &shift(&secret, (26 - k) % 26)[..20]);
    }
}
