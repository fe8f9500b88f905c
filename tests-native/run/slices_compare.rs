fn main() {
    let v = vec![1, 4, 1];
    let s: &[i32] = &v;
    let t: &[i32] = &[1, 4, 1];
    println!("{} {} {}", s == t, s == &[1, 4, 1], s == &v[..]);
}
