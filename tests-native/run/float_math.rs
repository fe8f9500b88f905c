// Transcendental functions (printed with bounded precision: WasmRust is within 1-2 ulp of libm).
fn main() {
    let pi = std::f64::consts::PI;
    for &x in [0.0, 0.5, 1.0, pi / 6.0, pi / 4.0, pi / 2.0, 2.0, -3.5, 10.0, 100.0].iter() {
        println!("x={:>9.5} sin={:>10.6} cos={:>10.6} tan={:>12.6} atan={:>9.6}", x, x.sin(), x.cos(), x.tan(), x.atan());
    }
    for &x in [1e-3f64, 0.5, 1.0, 2.0, 10.0, 1234.5].iter() {
        println!("x={:>8} exp={:.8e} ln={:.10} log10={:.10} log2={:.10} sqrt={:.10}", x, x.exp(), x.ln(), x.log10(), x.log2(), x.sqrt());
    }
    println!("{} {} {} {}", 2.0f64.powf(10.0), 2.0f64.powf(0.5), 10f64.powf(-2.0), (-8.0f64).powf(3.0));
    println!("{:.12} {:.12} {:.12}", 1.5f64.powf(2.5), 0.3f64.powf(-1.7), 7.0f64.cbrt());
    println!("{:.10} {:.10} {:.10}", (0.5f64).asin(), (0.5f64).acos(), (1.0f64).atan2(-1.0));
    println!("{:.10} {:.10} {:.10}", 1.0f64.sinh(), 1.0f64.cosh(), 0.5f64.tanh());
    println!("{:.6} {:.6}", 3.0f64.hypot(4.0), 1.0f32.exp());
    let angles: Vec<f64> = (0..8).map(|i| i as f64 * pi / 4.0).collect();
    let pts: Vec<(f64, f64)> = angles.iter().map(|a| (a.cos(), a.sin())).collect();
    let perimeter: f64 = pts.iter().zip(pts.iter().cycle().skip(1)).map(|(p, q)| ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt()).sum();
    println!("octagon perimeter {:.9}", perimeter);
    println!("{} {} {}", f64::NAN.sin().is_nan(), (-1.0f64).ln().is_nan(), 0.0f64.ln());
}
