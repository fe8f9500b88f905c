// Word-length histogram of a paragraph with a BTreeMap and horizontal bars.
use std::collections::BTreeMap;

fn main() {
    let text = "Rust is a multi-paradigm, general-purpose programming language that emphasizes performance, \
                type safety, and concurrency. It enforces memory safety without a garbage collector.";
    let mut hist: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for w in text.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()) {
        hist.entry(w.len()).or_default().push(w.to_lowercase());
    }
    for (len, words) in &hist {
        println!("{:>2} {:<8} {}", len, "#".repeat(words.len()), words.join(","));
    }
    let total: usize = hist.values().map(|v| v.len()).sum();
    let avg = hist.iter().map(|(l, v)| l * v.len()).sum::<usize>() as f64 / total as f64;
    println!("{} words, average length {:.2}", total, avg);
}
