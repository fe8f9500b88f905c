// A singly linked stack with Option<Box<Node>>: push, pop, peek, reverse in place, iteration by reference.
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

struct Stack {
    head: Option<Box<Node>>,
    len: usize,
}

impl Stack {
    fn new() -> Stack {
        Stack { head: None, len: 0 }
    }
    fn push(&mut self, value: i32) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { value, next: old }));
        self.len += 1;
    }
    fn pop(&mut self) -> Option<i32> {
        match self.head.take() {
            Some(node) => {
                self.head = node.next;
                self.len -= 1;
                Some(node.value)
            }
            None => None,
        }
    }
    fn peek(&self) -> Option<&i32> {
        self.head.as_ref().map(|n| &n.value)
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = node.next.take();
            node.next = prev;
            prev = Some(node);
        }
        self.head = prev;
    }
    fn to_vec(&self) -> Vec<i32> {
        let mut out = Vec::new();
        let mut cur = &self.head;
        while let Some(node) = cur {
            out.push(node.value);
            cur = &node.next;
        }
        out
    }
}

fn main() {
    let mut s = Stack::new();
    for i in 1..=6 {
        s.push(i * i);
    }
    println!("{:?} len {} peek {:?}", s.to_vec(), s.len, s.peek());
    s.reverse();
    println!("{:?}", s.to_vec());
    println!("{:?} {:?}", s.pop(), s.pop());
    let total: i32 = s.to_vec().iter().sum();
    println!("{:?} sum {}", s.to_vec(), total);
    while let Some(v) = s.pop() {
        print!("{} ", v);
    }
    println!("| empty: {:?} {}", s.peek(), s.len);
}
