// Use of an enum variant that does not exist.
enum Color {
    Red,
    Green,
}

fn name(c: Color) -> &'static str {
    match c {
        Color::Red => "red",
        Color::Green => "green",
    }
}

fn main() {
    println!("{}", name(Color::Red));
    println!("{}", name(Color::Green));
    println!("{}", name(Color::Purple)); //~ ERROR no variant or associated item named `Purple` found for enum `Color`
}
