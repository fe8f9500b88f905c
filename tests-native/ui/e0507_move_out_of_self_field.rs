// Returning a field by value from a `&self` method moves out of borrowed content.
struct Person {
    name: String,
}

impl Person {
    fn name(&self) -> String {
        self.name //~ ERROR cannot move out of `self.name` which is behind a shared reference
    }
}

fn main() {
    let p = Person { name: String::from("Ann") };
    println!("{}", p.name());
}
