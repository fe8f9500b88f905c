// Assigning to a value while a reference to it is still in use.
fn main() {
    let mut score = 5;
    let r = &score;
    score = 6; //~ ERROR cannot assign to `score` because it is borrowed
    println!("{} {}", r, score);
}
