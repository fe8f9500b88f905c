use std::collections::HashMap;

#[derive(Debug, Default, Clone, PartialEq)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
    tags: Vec<String>,
    limit: Option<u64>,
}

#[derive(Debug, Default)]
struct Stats {
    count: usize,
    total: i64,
    inner: Config,
}

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let mut d: Config = Default::default();
    d.retries = 3;
    println!("{:?} {}", d, c == Config::default());
    let mut by_key: HashMap<&str, Stats> = HashMap::new();
    for (k, v) in [("a", 3), ("b", 4), ("a", 5)] {
        let s = by_key.entry(k).or_default();
        s.count += 1;
        s.total += v;
    }
    let mut keys: Vec<_> = by_key.keys().collect();
    keys.sort();
    for k in keys {
        println!("{} {} {} {}", k, by_key[k].count, by_key[k].total, by_key[k].inner.retries);
    }
    let z: (i32, String, bool) = Default::default();
    println!("{:?}", z);
}
