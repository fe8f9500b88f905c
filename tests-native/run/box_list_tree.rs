enum List {
    Cons(i32, Box<List>),
    Nil,
}



fn sum(l: &List) -> i32 {
    match l {
        List::Cons(v, rest) => v + sum(rest),
        List::Nil => 0,
    }
}

struct Node {
    key: i32,
    left: Option<Box<Node>>,
    right: Option<Box<Node>>,
}

impl Node {
    fn new(key: i32) -> Node {
        Node { key, left: None, right: None }
    }
    fn insert(&mut self, key: i32) {
        if key < self.key {
            match &mut self.left {
                Some(n) => n.insert(key),
                None => self.left = Some(Box::new(Node::new(key))),
            }
        } else {
            match &mut self.right {
                Some(n) => n.insert(key),
                None => self.right = Some(Box::new(Node::new(key))),
            }
        }
    }
    fn inorder(&self, out: &mut Vec<i32>) {
        if let Some(l) = &self.left {
            l.inorder(out);
        }
        out.push(self.key);
        if let Some(r) = &self.right {
            r.inorder(out);
        }
    }
    fn depth(&self) -> usize {
        let l = match &self.left { Some(n) => n.depth(), None => 0 };
        let r = match &self.right { Some(n) => n.depth(), None => 0 };
        1 + if l > r { l } else { r }
    }
}

fn main() {
    let list = List::Cons(1, Box::new(List::Cons(2, Box::new(List::Cons(3, Box::new(List::Nil))))));
    println!("{}", sum(&list));
    let mut b = Box::new(41);
    *b += 1;
    println!("{} {:?}", b, b);
    let mut root = Node::new(50);
    for k in [30, 70, 20, 40, 60, 80, 35] {
        root.insert(k);
    }
    let mut v = Vec::new();
    root.inorder(&mut v);
    println!("{:?} depth {}", v, root.depth());
    let leaf = Node::new(1);
    println!("{} {}", leaf.key, leaf.left.is_none());
}
