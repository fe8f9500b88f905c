// Taking a field's element by value out of a borrowed struct.
struct Bag {
    items: Vec<String>,
}

fn first(b: &Bag) -> String {
    b.items[0] //~ ERROR cannot move out of index of `Vec<String>`
}

fn main() {
    let b = Bag { items: vec![String::from("i")] };
    println!("{}", first(&b));
}
