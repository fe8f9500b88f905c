// Iterator invalidation: pushing to a Vec while iterating over it mutably.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter_mut() {
        *x += 1;
        if *x == 3 {
            v.push(10); //~ ERROR cannot borrow `v` as mutable more than once at a time
        }
    }
    println!("{:?}", v);
}
