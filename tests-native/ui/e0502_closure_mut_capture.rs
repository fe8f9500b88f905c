// A closure that pushes to a Vec borrows it mutably until its last call.
fn main() {
    let mut v = vec![1];
    let mut add = |x| v.push(x);
    println!("{:?}", v); //~ ERROR cannot borrow `v` as immutable because it is also borrowed as mutable
    add(2);
}
