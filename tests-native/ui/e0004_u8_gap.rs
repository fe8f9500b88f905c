// A single missing value in a u8 match.
fn main() {
    let b: u8 = 7;
    let kind = match b { //~ ERROR non-exhaustive patterns: `128_u8` not covered
        0..=127 => "ascii",
        129..=255 => "high",
    };
    println!("{}", kind);
}
