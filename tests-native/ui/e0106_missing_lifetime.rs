// Returning &str from a function without reference parameters needs 'static.
fn name() -> &str { //~ ERROR missing lifetime specifier
    "ferris"
}

fn main() {
    println!("{}", name());
}
