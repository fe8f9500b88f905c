// Moving a field out of a value whose type implements Drop (rustc: E0509).
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let n = Noisy { name: String::from("a") };
    let s = n.name; //~ ERROR cannot move out of type `Noisy`, which implements the `Drop` trait
    println!("{}", s);
}
