// Huffman coding: frequencies in a BTreeMap, a tree built by repeatedly merging the two lightest nodes,
// codes assigned by a recursive walk, then encoding and decoding a message.
use std::collections::BTreeMap;

enum Tree {
    Leaf(char, usize),
    Node(Box<Tree>, Box<Tree>, usize),
}

fn weight(t: &Tree) -> usize {
    match t {
        Tree::Leaf(_, w) => *w,
        Tree::Node(_, _, w) => *w,
    }
}

fn codes(t: &Tree, prefix: String, out: &mut BTreeMap<char, String>) {
    match t {
        Tree::Leaf(c, _) => {
            out.insert(*c, if prefix.is_empty() { String::from("0") } else { prefix });
        }
        Tree::Node(l, r, _) => {
            codes(l, format!("{}0", prefix), out);
            codes(r, format!("{}1", prefix), out);
        }
    }
}

fn main() {
    let text = "this is an example of a huffman tree";
    let mut freq: BTreeMap<char, usize> = BTreeMap::new();
    for c in text.chars() {
        *freq.entry(c).or_insert(0) += 1;
    }
    let mut forest: Vec<Tree> = freq.iter().map(|(&c, &n)| Tree::Leaf(c, n)).collect();
    while forest.len() > 1 {
        forest.sort_by(|a, b| weight(b).cmp(&weight(a)));
        let a = forest.pop().unwrap();
        let b = forest.pop().unwrap();
        let w = weight(&a) + weight(&b);
        forest.push(Tree::Node(Box::new(a), Box::new(b), w));
    }
    let root = forest.pop().unwrap();
    let mut table = BTreeMap::new();
    codes(&root, String::new(), &mut table);
    for (c, code) in &table {
        println!("{:?} x{:<2} {}", c, freq[c], code);
    }
    let encoded: String = text.chars().map(|c| table[&c].clone()).collect();
    println!("{} bits vs {} bits", encoded.len(), text.len() * 8);
    let mut decoded = String::new();
    let mut node = &root;
    for bit in encoded.chars() {
        if let Tree::Node(l, r, _) = node {
            node = if bit == '0' { l } else { r };
        }
        if let Tree::Leaf(c, _) = node {
            decoded.push(*c);
            node = &root;
        }
    }
    println!("round trip: {}", decoded == text);
}
