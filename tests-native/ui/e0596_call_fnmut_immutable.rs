// Calling an FnMut closure borrows it mutably: its binding must be `mut`.
fn main() {
    let mut count = 0;
    let inc = || count += 1;
    inc(); //~ ERROR cannot borrow `inc` as mutable, as it is not declared as mutable
    println!("{}", count);
}
