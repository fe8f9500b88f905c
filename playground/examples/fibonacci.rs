// Recursion, loops and formatted output.
fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

fn main() {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    for i in 0..=20 {
        if i % 5 == 0 {
            println!("fib({:>2}) = {:>5} (recursive: {})", i, a, fib(i));
        }
        let next = a + b;
        a = b;
        b = next;
    }
}
