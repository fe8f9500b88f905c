// Shortest paths on a small road map: adjacency in a HashMap, BFS with a queue in a Vec, path rebuilt
// from predecessors.
use std::collections::{HashMap, HashSet};

fn bfs<'a>(adj: &HashMap<&'a str, Vec<&'a str>>, start: &'a str, goal: &'a str) -> Option<Vec<&'a str>> {
    let mut prev: HashMap<&str, &str> = HashMap::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut queue = vec![start];
    let mut head = 0;
    seen.insert(start);
    while head < queue.len() {
        let cur = queue[head];
        head += 1;
        if cur == goal {
            let mut path = vec![goal];
            let mut at = goal;
            while let Some(&p) = prev.get(at) {
                path.push(p);
                at = p;
            }
            path.reverse();
            return Some(path);
        }
        if let Some(ns) = adj.get(cur) {
            for &n in ns {
                if seen.insert(n) {
                    prev.insert(n, cur);
                    queue.push(n);
                }
            }
        }
    }
    None
}

fn main() {
    let roads = [("Oslo", "Bergen"), ("Oslo", "Trondheim"), ("Bergen", "Stavanger"), ("Trondheim", "Bodo"),
                 ("Stavanger", "Kristiansand"), ("Kristiansand", "Oslo"), ("Bodo", "Tromso"), ("Lyon", "Paris")];
    let mut adj: HashMap<&str, Vec<&str>> = HashMap::new();
    for (a, b) in roads.iter() {
        adj.entry(a).or_insert_with(Vec::new).push(b);
        adj.entry(b).or_insert_with(Vec::new).push(a);
    }
    for list in adj.values_mut() {
        list.sort();
    }
    for (from, to) in [("Bergen", "Tromso"), ("Kristiansand", "Bodo"), ("Oslo", "Paris"), ("Lyon", "Paris")] {
        match bfs(&adj, from, to) {
            Some(p) => println!("{} -> {}: {} ({} hops)", from, to, p.join(" > "), p.len() - 1),
            None => println!("{} -> {}: unreachable", from, to),
        }
    }
    let mut degrees: Vec<(usize, &str)> = adj.iter().map(|(k, v)| (v.len(), *k)).collect();
    degrees.sort_by(|a, b| b.cmp(a));
    println!("{:?}", degrees.iter().take(3).collect::<Vec<_>>());
}
