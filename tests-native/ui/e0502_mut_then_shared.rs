// A shared borrow while a mutable borrow is still used later.
fn main() {
    let mut total = 10;
    let r = &mut total;
    let peek = &total; //~ ERROR cannot borrow `total` as immutable because it is also borrowed as mutable
    *r += 1;
    println!("{} {}", peek, total);
}
