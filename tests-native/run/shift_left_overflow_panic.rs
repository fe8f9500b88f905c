// Shifting by >= the bit width panics ("attempt to shift left with overflow").
fn shl(x: u32, n: u32) -> u32 {
    x << n
}

fn main() {
    for n in 28..40 {
        println!("1 << {} = {}", n, shl(1, n));
    }
}
