// Reading a Vec while a mutable reference to it is used later.
fn main() {
    let mut v = vec![1];
    let m = &mut v;
    let n = v.len(); //~ ERROR cannot borrow `v` as immutable because it is also borrowed as mutable
    m.push(n as i32);
    println!("{:?}", v);
}
