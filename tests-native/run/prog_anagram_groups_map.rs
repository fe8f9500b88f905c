// Grouping anagrams with a HashMap keyed by sorted letters; groups printed in a stable order.
use std::collections::HashMap;

fn main() {
    let words = ["arts", "rats", "star", "tars", "evil", "vile", "live", "veil", "note", "tone", "stone", "onset", "notes", "alone"];
    let mut groups: HashMap<String, Vec<&str>> = HashMap::new();
    for w in words.iter() {
        let mut k: Vec<char> = w.chars().collect();
        k.sort_unstable();
        groups.entry(k.into_iter().collect()).or_insert_with(Vec::new).push(w);
    }
    let mut out: Vec<(String, Vec<&str>)> = groups.into_iter().collect();
    out.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    for (key, mut ws) in out {
        ws.sort();
        println!("{:<6} {}", key, ws.join(" "));
    }
}
