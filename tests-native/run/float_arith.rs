// f64 arithmetic and Display of the results (shortest round-trip printing).
fn main() {
    let a = 1.5;
    let b = 0.25;
    println!("{} {} {} {}", a + b, a - b, a * b, a / b);
    println!("{}", 0.1 + 0.2);
    println!("{}", 1.0 / 3.0);
    println!("{}", 2.0 / 3.0);
    println!("{}", 10.0 % 3.0);
    println!("{}", -10.5 % 3.0);
    println!("{}", 1e10 * 1e10);
    println!("{}", 1.0 - 0.9);
    println!("{}", 100.0 / 7.0);
    let mut x = 1.0;
    let mut i = 0;
    while i < 10 {
        x = x * 1.1;
        i += 1;
    }
    println!("{}", x);
    let c = 3.0f64;
    println!("{}", -c);
    println!("{}", c * -0.0);
    let mut sum = 0.0;
    let mut k = 1;
    while k <= 100 {
        sum += 1.0 / (k as f64);
        k += 1;
    }
    println!("harmonic(100) = {}", sum);
    // Newton's method for sqrt(2)
    let mut g = 1.0;
    let mut n = 0;
    while n < 6 {
        g = (g + 2.0 / g) / 2.0;
        n += 1;
    }
    println!("sqrt2 ~ {}", g);
}
