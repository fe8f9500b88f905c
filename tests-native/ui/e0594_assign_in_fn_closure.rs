// A closure checked against an `Fn()` bound cannot assign to what it captures.
fn call_twice<F: Fn()>(f: F) {
    f();
    f();
}

fn main() {
    let mut n = 0;
    call_twice(|| n += 1); //~ ERROR cannot assign to `n`, as it is a captured variable in a `Fn` closure
    println!("{}", n);
}
