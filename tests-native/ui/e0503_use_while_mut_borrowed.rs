// Reading a value while a mutable borrow of it is still used later.
fn main() {
    let mut n = 1;
    let r = &mut n;
    let copy = n * 2; //~ ERROR cannot use `n` because it was mutably borrowed
    *r += 1;
    println!("{} {}", copy, n);
}
