// panic!() with no message prints "explicit panic".
fn main() {
    println!("before");
    let stop = true;
    if stop {
        panic!();
    }
    println!("after");
}
