// Indexing a Vec gives a place inside it: taking the element by value is a move out of the Vec.
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let first = names[0]; //~ ERROR cannot move out of index of `Vec<String>`
    println!("{} {}", first, names.len());
}
