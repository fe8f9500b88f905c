// A trait object of a trait with an associated type must give its value (rustc: E0191).
fn main() {
    let it: Box<dyn Iterator> = Box::new(0..3u32); //~ ERROR the value of the associated type `Item` in `Iterator` must be specified
    println!("{}", it.count());
}
