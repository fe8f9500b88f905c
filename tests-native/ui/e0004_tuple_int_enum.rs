// Witnesses for a tuple of an enum and an integer.
enum Mode {
    Read,
    Write,
}

fn main() {
    let m = Mode::Write;
    let n: u8 = 3;
    match (m, n) { //~ ERROR non-exhaustive patterns: `(Mode::Write, 1_u8..=u8::MAX)` not covered
        (Mode::Read, _) => println!("read"),
        (Mode::Write, 0) => println!("write zero"),
    }
}
