// A reference from `get` is alive while the map is mutated.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<u32, String> = HashMap::new();
    m.insert(1, String::from("one"));
    let one = m.get(&1).unwrap();
    m.insert(2, String::from("two")); //~ ERROR cannot borrow `m` as mutable because it is also borrowed as immutable
    println!("{}", one);
}
