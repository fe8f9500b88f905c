// A range pattern whose lower bound exceeds its upper bound.
fn main() {
    let n = 4;
    match n {
        10..=1 => println!("never"), //~ ERROR lower bound for range pattern must be less than or equal to upper bound
        _ => println!("other"),
    }
}
