use std::collections::{BTreeMap, BTreeSet};

fn main() {
    let mut m = BTreeMap::new();
    for (i, w) in "the quick brown fox jumps over the lazy dog".split(' ').enumerate() {
        m.insert(w.to_string(), i);
    }
    println!("{:?}", m);
    println!("{} {:?} {:?}", m.len(), m.get(&String::from("fox")), m.first_key_value());
    let mut counts: BTreeMap<char, usize> = BTreeMap::new();
    for c in "mississippi".chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    println!("{:?}", counts);
    let mut big: BTreeMap<u32, u32> = BTreeMap::new();
    let mut x: u32 = 1;
    for i in 0..2000 {
        x = x.wrapping_mul(1664525).wrapping_add(1013904223);
        big.insert(x % 5000, i);
    }
    let n = big.len();
    let mut removed = 0;
    for k in 0..5000u32 {
        if k % 3 == 0 && big.remove(&k).is_some() {
            removed += 1;
        }
    }
    println!("{} {} {}", n, removed, big.len());
    let keys: Vec<&u32> = big.keys().collect();
    let sorted = keys.windows(2).all(|w| w[0] < w[1]);
    println!("sorted {} first {:?} last {:?}", sorted, big.first_key_value(), big.last_key_value());
    println!("{:?}", big.range(100..130).collect::<Vec<_>>());
    let s: BTreeSet<i32> = vec![5, 1, 9, 1, 3, 9].into_iter().collect();
    println!("{:?} {} {:?}", s, s.contains(&3), s.iter().rev().collect::<Vec<_>>());
    let mut drain = BTreeMap::new();
    drain.insert(3, "c");
    drain.insert(1, "a");
    drain.insert(2, "b");
    while let Some((k, v)) = drain.pop_first() {
        print!("{}{} ", k, v);
    }
    println!();
}
