// The Computer Language Benchmarks Game's spectral-norm (Vec<f64>, closures, iterator sums).
fn a(i: usize, j: usize) -> f64 {
    1.0 / ((i + j) * (i + j + 1) / 2 + i + 1) as f64
}

fn mul_av(v: &Vec<f64>, out: &mut Vec<f64>) {
    for i in 0..v.len() {
        out[i] = v.iter().enumerate().map(|(j, x)| a(i, j) * x).sum();
    }
}

fn mul_atv(v: &Vec<f64>, out: &mut Vec<f64>) {
    for i in 0..v.len() {
        out[i] = v.iter().enumerate().map(|(j, x)| a(j, i) * x).sum();
    }
}

fn mul_atav(v: &Vec<f64>, out: &mut Vec<f64>, tmp: &mut Vec<f64>) {
    mul_av(v, tmp);
    mul_atv(tmp, out);
}

fn main() {
    let n = 500;
    let mut u = vec![1.0; n];
    let mut v = vec![0.0; n];
    let mut tmp = vec![0.0; n];
    for _ in 0..10 {
        mul_atav(&u, &mut v, &mut tmp);
        mul_atav(&v, &mut u, &mut tmp);
    }
    let vbv: f64 = u.iter().zip(v.iter()).map(|(a, b)| a * b).sum();
    let vv: f64 = v.iter().map(|x| x * x).sum();
    println!("{:.9}", (vbv / vv).sqrt());
}
