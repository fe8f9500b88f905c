// The left-hand side of an assignment must be a place.
fn five() -> i32 {
    5
}

fn main() {
    let mut x = 1;
    x = x + 1;
    1 = x; //~ ERROR invalid left-hand side of assignment
    five() = 6; //~ ERROR E0070
    println!("{}", x);
}
