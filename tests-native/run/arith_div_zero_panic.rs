// Integer division by zero panics ("attempt to divide by zero").
fn div(a: u64, b: u64) -> u64 {
    a / b
}

fn main() {
    let divisors = [5, 2, 0, 1];
    for i in 0..divisors.len() {
        println!("100 / {} = {}", divisors[i], div(100, divisors[i]));
    }
}
