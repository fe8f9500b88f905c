// &mut borrow of a binding that is not `mut`.
fn inc(v: &mut i32) {
    *v += 1;
}

fn main() {
    let x = 1;
    inc(&mut x); //~ ERROR cannot borrow `x` as mutable, as it is not declared as mutable
    println!("{}", x);
}
