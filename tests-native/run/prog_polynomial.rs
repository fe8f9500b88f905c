// Polynomials as Vec<i64> coefficients: evaluation (Horner), addition, multiplication, derivative,
// and printing in conventional form.
fn eval(p: &[i64], x: i64) -> i64 {
    p.iter().rev().fold(0, |acc, &c| acc * x + c)
}

fn add(a: &[i64], b: &[i64]) -> Vec<i64> {
    (0..a.len().max(b.len())).map(|i| a.get(i).unwrap_or(&0) + b.get(i).unwrap_or(&0)).collect()
}

fn mul(a: &[i64], b: &[i64]) -> Vec<i64> {
    let mut out = vec![0; a.len() + b.len() - 1];
    for (i, x) in a.iter().enumerate() {
        for (j, y) in b.iter().enumerate() {
            out[i + j] += x * y;
        }
    }
    out
}

fn derivative(p: &[i64]) -> Vec<i64> {
    p.iter().enumerate().skip(1).map(|(i, c)| c * i as i64).collect()
}

fn show(p: &[i64]) -> String {
    let mut terms = Vec::new();
    for (i, &c) in p.iter().enumerate().rev() {
        if c == 0 {
            continue;
        }
        let coef = if c.abs() == 1 && i > 0 { String::new() } else { c.abs().to_string() };
        let var = match i { 0 => String::new(), 1 => String::from("x"), _ => format!("x^{}", i) };
        let sign = if c < 0 { "-" } else { "+" };
        terms.push(format!("{} {}{}", sign, coef, var));
    }
    if terms.is_empty() {
        return String::from("0");
    }
    let joined = terms.join(" ");
    if joined.starts_with("+ ") { joined[2..].to_string() } else { format!("-{}", &joined[2..]) }
}

fn main() {
    let p = vec![1, -3, 0, 2];
    let q = vec![-1, 1];
    println!("p = {}", show(&p));
    println!("q = {}", show(&q));
    println!("p + q = {}", show(&add(&p, &q)));
    println!("p * q = {}", show(&mul(&p, &q)));
    println!("p' = {}", show(&derivative(&p)));
    let values: Vec<i64> = (-2..=3).map(|x| eval(&p, x)).collect();
    println!("p(-2..=3) = {:?}", values);
    let roots: Vec<i64> = (-10..=10).filter(|&x| eval(&mul(&p, &q), x) == 0).collect();
    println!("integer roots of p*q: {:?}", roots);
}
