// A String pushed into a Vec is moved there.
fn main() {
    let mut names = Vec::new();
    let n = String::from("ann");
    names.push(n);
    println!("{} {:?}", n, names); //~ ERROR borrow of moved value: `n`
}
