// `mut` that is never needed.
fn main() {
    let mut a = 1; //~ WARN variable does not need to be mutable
    let mut b = 2;
    b += a;
    println!("{}", b);
}
