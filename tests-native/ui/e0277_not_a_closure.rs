// An integer where an `Fn(i32) -> i32` is expected.
fn apply<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1)
}

fn main() {
    println!("{}", apply(7)); //~ ERROR expected a `Fn(i32)` closure, found `{integer}`
}
