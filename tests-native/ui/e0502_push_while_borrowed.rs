// A shared borrow of an element is still used after the Vec is mutated.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    v.push(4); //~ ERROR cannot borrow `v` as mutable because it is also borrowed as immutable
    println!("{}", first);
}
