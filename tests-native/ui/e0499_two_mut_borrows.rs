// Two mutable borrows of the same value alive at once.
fn main() {
    let mut s = String::from("x");
    let a = &mut s;
    let b = &mut s; //~ ERROR cannot borrow `s` as mutable more than once at a time
    a.push('1');
    b.push('2');
    println!("{}", s);
}
