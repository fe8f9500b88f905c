// Word ladder: BFS over a small dictionary with a VecDeque and a HashMap of parents.
use std::collections::{HashMap, HashSet, VecDeque};

fn neighbours(w: &str, dict: &HashSet<&str>) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = w.chars().collect();
    for i in 0..chars.len() {
        for c in 'a'..='z' {
            if c == chars[i] {
                continue;
            }
            let mut cs = chars.clone();
            cs[i] = c;
            let cand: String = cs.into_iter().collect();
            if dict.contains(cand.as_str()) {
                out.push(cand);
            }
        }
    }
    out
}

fn ladder(from: &str, to: &str, dict: &HashSet<&str>) -> Option<Vec<String>> {
    let mut parent: HashMap<String, String> = HashMap::new();
    let mut queue = VecDeque::new();
    queue.push_back(from.to_string());
    parent.insert(from.to_string(), String::new());
    while let Some(w) = queue.pop_front() {
        if w == to {
            let mut path = vec![w.clone()];
            let mut cur = w;
            while let Some(p) = parent.get(&cur) {
                if p.is_empty() {
                    break;
                }
                path.push(p.clone());
                cur = p.clone();
            }
            path.reverse();
            return Some(path);
        }
        for n in neighbours(&w, dict) {
            if !parent.contains_key(&n) {
                parent.insert(n.clone(), w.clone());
                queue.push_back(n);
            }
        }
    }
    None
}

fn main() {
    let words = ["cold", "cord", "card", "ward", "warm", "word", "worm", "corm", "wore", "core", "care", "dare", "cart"];
    let dict: HashSet<&str> = words.iter().cloned().collect();
    for (a, b) in [("cold", "warm"), ("care", "word"), ("cold", "cart"), ("dare", "zzzz")] {
        match ladder(a, b, &dict) {
            Some(p) => println!("{} -> {}: {} ({} steps)", a, b, p.join(" > "), p.len() - 1),
            None => println!("{} -> {}: no ladder", a, b),
        }
    }
}
