// Call of a method that is not defined in any impl block.
struct Counter {
    n: u32,
}

impl Counter {
    fn get(&self) -> u32 {
        self.n
    }
}

fn main() {
    let c = Counter { n: 3 };
    println!("{}", c.get());
    c.increment(); //~ ERROR no method named `increment` found for struct `Counter` in the current scope
}
