// A closure with the wrong number of parameters for an `Fn(i32)` bound.
fn apply<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1)
}

fn main() {
    let r = apply(|a, b| a + b); //~ ERROR closure is expected to take 1 argument, but it takes 2 arguments
    println!("{}", r);
}
