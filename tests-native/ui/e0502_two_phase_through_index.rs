// Two-phase borrows cover an auto-ref'd receiver, but not one reached through a Vec's IndexMut: `v[0]`
// borrows `v` mutably at once, so `v.len()` in the arguments conflicts (an array index is built in: fine).
fn main() {
    let mut v = vec![vec![1], vec![2]];
    v[0].push(v.len()); //~ ERROR cannot borrow `v` as immutable because it is also borrowed as mutable
    let mut a = [vec![1usize], vec![2]];
    a[0].push(a.len());
    println!("{:?} {:?}", v, a);
}
