// A closure that mutates a captured variable cannot become a `dyn Fn` (rustc: E0594 in a `Fn` closure).
fn main() {
    let mut n = 0;
    let f: Box<dyn Fn()> = Box::new(|| n += 1); //~ ERROR cannot assign to `n`
    f();
}
