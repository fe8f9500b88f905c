// A struct with fields used as if it were a value.
struct Config {
    verbose: bool,
}

fn main() {
    let c = Config; //~ ERROR expected value, found struct `Config`
    println!("{}", c.verbose);
}
