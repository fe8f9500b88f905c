// Indexing something that is not an array.
fn main() {
    let n = 12345u32;
    println!("{}", n[0]); //~ ERROR cannot index into a value of type `u32`
}
