// Right shift by the bit width of an i8 panics ("attempt to shift right with overflow").
fn shr(x: i8, n: u8) -> i8 {
    x >> n
}

fn main() {
    println!("{}", shr(-128, 7));
    println!("{}", shr(64, 8));
}
