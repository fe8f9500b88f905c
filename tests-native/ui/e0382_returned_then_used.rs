// Moving a parameter into the return value, then using it.
fn wrap(s: String) -> Option<String> {
    let out = Some(s);
    println!("{}", s); //~ ERROR borrow of moved value: `s`
    out
}

fn main() {
    println!("{:?}", wrap(String::from("x")));
}
