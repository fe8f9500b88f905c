// The result's lifetime `'a` must come from parameters that carry it (rustc: E0621).
fn longer<'a>(x: &'a str, y: &str) -> &'a str {
    if x.len() > y.len() { x } else { y } //~ ERROR explicit lifetime required in the type of `y`
}

fn main() {
    println!("{}", longer("abc", "de"));
}
