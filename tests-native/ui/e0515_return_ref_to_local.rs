// Returning a reference to a local variable of the function.
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    let joined = format!("{}{}", a, b);
    &joined //~ ERROR cannot return reference to local variable `joined`
}

fn main() {
    println!("{}", longest("x", "y"));
}
