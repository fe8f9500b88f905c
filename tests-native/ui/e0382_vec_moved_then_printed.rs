// A Vec moved into another binding, then printed.
fn main() {
    let v = vec![1, 2, 3];
    let w = v;
    println!("{:?} {:?}", v, w); //~ ERROR borrow of moved value: `v`
}
