// `println!` takes its arguments by reference (format_args!), also Copy ones: printing a value while a
// mutable borrow of it is still used is a shared borrow conflicting with it (E0502, not E0503).
fn main() {
    let mut count = 1;
    let r = &mut count;
    *r += 1;
    println!("{}", count); //~ ERROR cannot borrow `count` as immutable because it is also borrowed as mutable
    *r += 1;
}
