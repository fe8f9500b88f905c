// unreachable! with a formatted message.
fn main() {
    let state = 7;
    match state {
        0..=5 => println!("valid"),
        s => unreachable!("invalid state {} (max {})", s, 5),
    }
}
