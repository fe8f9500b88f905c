// Word frequencies with HashMap and the entry API; the report is sorted (HashMap order is unspecified).
use std::collections::HashMap;

fn main() {
    let text = "It was the best of times, it was the worst of times, it was the age of wisdom, \
                it was the age of foolishness, it was the epoch of belief";
    let mut freq: HashMap<String, usize> = HashMap::new();
    for word in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        *freq.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    let mut entries: Vec<(&String, &usize)> = freq.iter().collect();
    entries.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, n) in entries.iter().take(6) {
        println!("{:<8}{:>3} {}", w, n, "*".repeat(**n));
    }
    println!("distinct words: {}", freq.len());
    let by_len: HashMap<usize, Vec<&String>> = freq.keys().fold(HashMap::new(), |mut m, w| {
        m.entry(w.len()).or_insert_with(Vec::new).push(w);
        m
    });
    let mut lens: Vec<&usize> = by_len.keys().collect();
    lens.sort();
    for l in lens {
        let mut ws = by_len[l].clone();
        ws.sort();
        println!("{}: {:?}", l, ws);
    }
}
