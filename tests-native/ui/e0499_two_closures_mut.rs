// Two closures that both mutate the same variable.
fn main() {
    let mut total = 0;
    let mut a = || total += 1;
    let mut b = || total += 2; //~ ERROR cannot borrow `total` as mutable more than once at a time
    a();
    b();
    println!("{}", total);
}
