// A closure that mutates a capture is FnMut: it cannot be passed where Fn is required.
fn call_twice<F: Fn()>(f: F) {
    f();
    f();
}

fn main() {
    let mut n = 0;
    let inc = || n += 1; //~ ERROR expected a closure that implements the `Fn` trait, but this closure only implements `FnMut`
    call_twice(inc);
    println!("{}", n);
}
