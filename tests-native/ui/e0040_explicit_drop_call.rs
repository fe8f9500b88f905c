// Calling a destructor explicitly (rustc: E0040).
struct Noisy {
    id: u32,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

fn main() {
    let mut n = Noisy { id: 1 };
    n.drop(); //~ ERROR explicit use of destructor method
    println!("{}", n.id);
}
