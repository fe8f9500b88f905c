// Moved in one match arm, used after the match.
fn eat(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("food");
    let n = 2;
    match n {
        1 => println!("{}", eat(s)),
        _ => println!("kept"),
    }
    println!("{}", s); //~ ERROR borrow of moved value: `s`
}
