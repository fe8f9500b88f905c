// Moving a value out while it is borrowed.
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1, 2, 3];
    let r = &v;
    let n = consume(v); //~ ERROR cannot move out of `v` because it is borrowed
    println!("{} {}", r.len(), n);
}
