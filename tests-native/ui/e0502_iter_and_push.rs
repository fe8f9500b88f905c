// Iterator invalidation: pushing to a Vec while iterating over it.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter() {
        if *x == 2 {
            v.push(4); //~ ERROR cannot borrow `v` as mutable because it is also borrowed as immutable
        }
    }
    println!("{:?}", v);
}
