use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Color {
    Red,
    Green,
    Rgb(u8, u8, u8),
}

fn main() {
    let text = "one two three two three three";
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&&str, &i32)> = counts.iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
    println!("{} {:?} {:?}", counts.len(), counts.get("two"), counts.get("four"));
    let mut m: HashMap<String, Vec<u32>> = HashMap::new();
    for i in 0..20u32 {
        m.entry(format!("k{}", i % 3)).or_default().push(i);
    }
    let mut keys: Vec<&String> = m.keys().collect();
    keys.sort();
    for k in keys {
        println!("{} -> {:?}", k, m[k]);
    }
    if let Some(v) = m.get_mut("k1") {
        v.clear();
    }
    println!("{:?} {}", m.remove("k1"), m.contains_key("k1"));
    let mut seen = HashSet::new();
    let dups: Vec<i32> = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5].into_iter().filter(|x| !seen.insert(*x)).collect();
    println!("{:?}", dups);
    let a: HashSet<i32> = (1..10).collect();
    let b: HashSet<i32> = (5..15).collect();
    let mut both: Vec<&i32> = a.intersection(&b).collect();
    both.sort();
    println!("{:?} {}", both, a.contains(&3));
    let mut colors: HashMap<Color, u32> = HashMap::new();
    for c in [Color::Red, Color::Rgb(1, 2, 3), Color::Red, Color::Green, Color::Rgb(1, 2, 3)] {
        *colors.entry(c).or_insert(0) += 1;
    }
    let mut cv: Vec<(Color, u32)> = colors.into_iter().collect();
    cv.sort_by_key(|(_, n)| *n);
    println!("{}", cv.len());
    let big: HashMap<u64, u64> = (0..10000u64).map(|i| (i, i * i)).collect();
    println!("{} {:?}", big.len(), big.get(&9999));
    let total: u64 = big.values().sum();
    println!("{}", total);
}
