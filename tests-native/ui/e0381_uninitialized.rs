// Reading a binding that may not be initialized.
fn main() {
    let x: i32;
    let c = 3 > 4;
    if c {
        x = 1;
    }
    println!("{}", x); //~ ERROR used binding `x` is possibly-uninitialized
}
