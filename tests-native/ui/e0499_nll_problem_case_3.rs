// NLL "problem case #3": a borrow returned on one path is still considered alive on the other, so the
// second mutable borrow is rejected (as rustc does).
use std::collections::HashMap;

fn get_default(map: &mut HashMap<u32, String>, key: u32) -> &mut String {
    match map.get_mut(&key) {
        Some(value) => value,
        None => {
            map.insert(key, String::new()); //~ ERROR cannot borrow `*map` as mutable more than once at a time
            map.get_mut(&key).unwrap() //~ ERROR cannot borrow `*map` as mutable more than once at a time
        }
    }
}

fn main() {
    let mut m = HashMap::new();
    get_default(&mut m, 1).push('x');
    println!("{:?}", m.get(&1));
}
