// assert_eq! with a custom message, comparing floats.
fn mean(a: f64, b: f64) -> f64 {
    (a + b) / 2.0
}

fn main() {
    assert_eq!(mean(1.0, 3.0), 2.0, "mean of 1 and 3");
    println!("ok");
    assert_eq!(mean(0.1, 0.2), 0.15, "mean of {} and {}", 0.1, 0.2);
}
