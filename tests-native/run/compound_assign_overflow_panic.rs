// Overflow in a compound assignment on u8 inside a loop.
fn main() {
    let mut acc: u8 = 0;
    let steps = [100u8, 100, 50, 10];
    for i in 0..steps.len() {
        acc += steps[i];
        println!("acc = {}", acc);
    }
}
