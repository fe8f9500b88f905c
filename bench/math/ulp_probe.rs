fn main() {
    let mut x: u64 = 0x9E3779B97F4A7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    for i in 0..3000 {
        let r = (next() >> 11) as f64 / (1u64 << 53) as f64;
        let v = match i % 6 {
            0 => r * 20.0 - 10.0,
            1 => r * 1400.0 - 700.0,
            2 => r * 1e6,
            3 => r * 2.0 - 1.0,
            4 => (r - 0.5) * 1e-5,
            _ => r * 100.0,
        };
        let w = (next() >> 11) as f64 / (1u64 << 53) as f64 * 8.0 - 4.0;
        println!("{} {} {} {} {} {} {} {} {} {} {} {} {}", v.exp().to_bits(), v.abs().ln().to_bits(), v.sin().to_bits(), v.cos().to_bits(),
                 v.atan().to_bits(), v.atan2(w).to_bits(), v.abs().powf(w).to_bits(), v.tan().to_bits(), v.abs().log10().to_bits(),
                 v.abs().log2().to_bits(), v.tanh().to_bits(), (v / 1000.0).asin().to_bits(), v.abs().cbrt().to_bits());
    }
}
