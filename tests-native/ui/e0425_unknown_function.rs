// Call of a function that does not exist.
fn helper(x: i32) -> i32 {
    x * 2
}

fn main() {
    let a = helper(2);
    let b = helpr(3); //~ ERROR E0425
    println!("{} {}", a, b);
}
