// Unit conversion tables with functions and closures.
fn c_to_f(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn c_to_k(c: f64) -> f64 {
    c + 273.15
}

fn main() {
    let temps = [-40.0, 0.0, 21.5, 37.0, 100.0];
    println!("{:>8} {:>8} {:>8}", "C", "F", "K");
    for t in temps.iter() {
        println!("{:>8.1} {:>8.1} {:>8.2}", t, c_to_f(*t), c_to_k(*t));
    }
    let scale = |f: f64| (f - 32.0) * 5.0 / 9.0;
    let back: Vec<String> = [32.0, 98.6, 212.0].iter().map(|&f| format!("{:.1}", scale(f))).collect();
    println!("{}", back.join(", "));
    let hottest = temps.iter().cloned().fold(f64::MIN, f64::max);
    let mean = temps.iter().sum::<f64>() / temps.len() as f64;
    println!("max {} mean {:.3}", hottest, mean);
}
