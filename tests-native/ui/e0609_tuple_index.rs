// Tuple index past the end of the tuple.
fn main() {
    let t = (1, 2.0, 'c');
    println!("{} {} {}", t.0, t.1, t.2);
    println!("{}", t.3); //~ ERROR E0609
}
