// Iterator invalidation in a `for` loop over `&v` / `&mut v`: the loop's iterator borrows `v` for the
// whole loop (each iteration's `next()` uses it), so the body can neither mutate `v` nor read it
// while it is mutably borrowed.
fn push_while_iterating() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        v.push(*x); //~ ERROR cannot borrow `v` as mutable because it is also borrowed as immutable
    }
}

fn read_while_iterating_mutably() {
    let mut v = vec![1, 2, 3];
    for x in &mut v {
        *x += 1;
        println!("{}", v.len()); //~ ERROR cannot borrow `v` as immutable because it is also borrowed as mutable
    }
}

fn assign_while_iterating() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        println!("{}", x);
        v = Vec::new(); //~ ERROR cannot assign to `v` because it is borrowed
    }
}

fn main() {
    push_while_iterating();
    read_while_iterating_mutably();
    assign_while_iterating();
}
