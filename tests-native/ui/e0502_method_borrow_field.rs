// A reference returned by a method keeps the whole struct borrowed.
struct Inventory {
    items: Vec<String>,
}

impl Inventory {
    fn first(&self) -> &String {
        &self.items[0]
    }
    fn add(&mut self, s: &str) {
        self.items.push(s.to_string());
    }
}

fn main() {
    let mut inv = Inventory { items: vec![String::from("a")] };
    let f = inv.first();
    inv.add("b"); //~ ERROR cannot borrow `inv` as mutable because it is also borrowed as immutable
    println!("{}", f);
}
