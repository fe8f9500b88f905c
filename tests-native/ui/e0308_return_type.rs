// The body's value does not match the declared return type.
fn answer() -> i32 {
    true //~ ERROR mismatched types
}

fn early(x: u8) -> u8 {
    if x > 3 {
        return 'c'; //~ ERROR mismatched types
    }
    x
}

fn main() {
    println!("{} {}", answer(), early(2));
}
