// A String passed by value twice.
fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let s = String::from("hi");
    let a = shout(s);
    let b = shout(s); //~ ERROR use of moved value: `s`
    println!("{} {}", a, b);
}
