// A value used to build a struct is moved into it.
struct Wrapper {
    inner: Vec<u8>,
}

fn main() {
    let bytes = vec![1u8, 2, 3];
    let w = Wrapper { inner: bytes };
    println!("{} {}", w.inner.len(), bytes.len()); //~ ERROR borrow of moved value: `bytes`
}
