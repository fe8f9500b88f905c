// A generic binary search tree (Option<Box<Node<T>>>) with insert, contains, in-order traversal into a
// Vec through a closure, height and min/max.
#[derive(Debug)]
struct Node<T> {
    value: T,
    left: Option<Box<Node<T>>>,
    right: Option<Box<Node<T>>>,
}

struct Tree<T> {
    root: Option<Box<Node<T>>>,
    size: usize,
}

impl<T: Ord + Copy> Tree<T> {
    fn new() -> Tree<T> {
        Tree { root: None, size: 0 }
    }

    fn insert(&mut self, value: T) -> bool {
        let mut cur = &mut self.root;
        while let Some(node) = cur {
            if value == node.value {
                return false;
            }
            cur = if value < node.value { &mut node.left } else { &mut node.right };
        }
        *cur = Some(Box::new(Node { value, left: None, right: None }));
        self.size += 1;
        true
    }

    fn contains(&self, value: T) -> bool {
        let mut cur = &self.root;
        while let Some(node) = cur {
            if value == node.value {
                return true;
            }
            cur = if value < node.value { &node.left } else { &node.right };
        }
        false
    }

    fn walk<F: FnMut(T)>(node: &Option<Box<Node<T>>>, f: &mut F) {
        if let Some(n) = node {
            Self::walk(&n.left, f);
            f(n.value);
            Self::walk(&n.right, f);
        }
    }

    fn in_order(&self) -> Vec<T> {
        let mut out = Vec::new();
        Self::walk(&self.root, &mut |v| out.push(v));
        out
    }

    fn height(node: &Option<Box<Node<T>>>) -> usize {
        match node {
            None => 0,
            Some(n) => 1 + Self::height(&n.left).max(Self::height(&n.right)),
        }
    }
}

fn main() {
    let mut t = Tree::new();
    for v in [50, 30, 70, 20, 40, 60, 80, 30, 65, 10] {
        if !t.insert(v) {
            println!("duplicate {}", v);
        }
    }
    println!("size {} height {}", t.size, Tree::height(&t.root));
    println!("{:?}", t.in_order());
    println!("{} {}", t.contains(65), t.contains(66));
    let mut words = Tree::new();
    for w in ["pear", "apple", "fig", "kiwi", "banana"] {
        words.insert(w);
    }
    println!("{:?}", words.in_order());
    let total: i32 = t.in_order().iter().sum();
    println!("sum {}", total);
}
