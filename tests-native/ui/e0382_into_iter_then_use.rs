// `for x in v` moves the Vec.
fn main() {
    let words = vec![String::from("a"), String::from("b")];
    for w in words {
        println!("{}", w);
    }
    println!("{}", words.len()); //~ ERROR borrow of moved value: `words`
}
