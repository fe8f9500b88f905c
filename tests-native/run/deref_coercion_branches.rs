enum Tree {
    Leaf(char),
    Node(Box<Tree>, Box<Tree>),
}
fn main() {
    let root = Tree::Node(Box::new(Tree::Leaf('a')), Box::new(Tree::Node(Box::new(Tree::Leaf('b')), Box::new(Tree::Leaf('c')))));
    let mut node = &root;
    let mut out = String::new();
    for bit in "0101110".chars() {
        if let Tree::Node(l, r, ) = node {
            node = if bit == '0' { l } else { r };
        }
        if let Tree::Leaf(c) = node {
            out.push(*c);
            node = &root;
        }
    }
    println!("{}", out);
    let n2: &Tree = &root;
    if let Tree::Node(l, _) = n2 {
        let x: &Tree = l;
        if let Tree::Leaf(c) = x { println!("{}", c); }
    }
}
