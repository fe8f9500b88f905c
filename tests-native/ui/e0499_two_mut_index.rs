// `&mut v[i]` borrows the Vec mutably for as long as the reference lives (rustc: E0499 for two).
fn main() {
    let mut v = vec![1, 2, 3];
    let a = &mut v[0];
    let b = &mut v[1]; //~ ERROR cannot borrow `v` as mutable more than once at a time
    *a += *b;
    println!("{:?}", v);
}
