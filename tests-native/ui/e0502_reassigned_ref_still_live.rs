// A reference variable reassigned on one path only, or copied before it is reassigned, still holds
// the old borrow where it is used later: rustc rejects both (while a reassignment on every path
// before the mutation would end the old borrow).
fn one_branch(flag: bool) {
    let mut a = vec![1];
    let b = vec![2];
    let mut r = &a;
    if flag {
        r = &b;
    }
    a.push(3); //~ ERROR cannot borrow `a` as mutable because it is also borrowed as immutable
    println!("{}", r[0]);
}

fn copied_first() {
    let mut a = vec![1];
    let b = vec![2];
    let mut x = &a;
    let y = x;
    x = &b;
    a.push(1); //~ ERROR cannot borrow `a` as mutable because it is also borrowed as immutable
    println!("{} {}", x[0], y[0]);
}

fn main() {
    one_branch(true);
    copied_first();
}
