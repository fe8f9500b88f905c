// Writing a field through &self.
struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&self) {
        self.n += 1; //~ ERROR E0594
    }
}

fn main() {
    let c = Counter { n: 0 };
    c.bump();
    println!("{}", c.n);
}
