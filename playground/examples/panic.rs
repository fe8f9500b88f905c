// Integer overflow panics in the dev profile, with rustc's message and exit code 101.
fn factorial(n: i32) -> i32 {
    let mut acc = 1;
    for i in 1..=n {
        acc *= i;
    }
    acc
}

fn main() {
    for n in [5, 10, 13] {
        println!("{}! = {}", n, factorial(n));
    }
}
