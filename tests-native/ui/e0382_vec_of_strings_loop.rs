// Iterating a Vec by value consumes it; the loop cannot run twice.
fn main() {
    let words = vec![String::from("x"), String::from("y")];
    for round in 0..2 {
        for w in words { //~ ERROR use of moved value: `words`
            println!("{} {}", round, w);
        }
    }
}
