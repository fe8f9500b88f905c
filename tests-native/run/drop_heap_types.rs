// Box, Rc, Vec and trait objects drop what they own: Rc at its last owner, Vec its elements in order,
// `Box<dyn Trait>` the concrete type behind it; truncate/clear/remove drop what they take out.
use std::rc::Rc;

struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

trait Shape {
    fn area(&self) -> f64;
}

struct Square {
    side: f64,
    tag: Noisy,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        println!("area of {}", self.tag.0);
        self.side * self.side
    }
}

struct Circle {
    r: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

impl Drop for Circle {
    fn drop(&mut self) {
        println!("drop circle {}", self.r);
    }
}

struct Node {
    name: Noisy,
    next: Option<Box<Node>>,
}

fn main() {
    let b = Box::new(Noisy("boxed".to_string()));
    println!("box holds {}", b.0);
    let shared = Rc::new(Noisy("shared".to_string()));
    {
        let other = Rc::clone(&shared);
        println!("count {} {}", Rc::strong_count(&shared), other.0);
    }
    println!("count {}", Rc::strong_count(&shared));
    let mut v: Vec<Noisy> = Vec::new();
    for i in 0..5 {
        v.push(Noisy(format!("elem {}", i)));
    }
    let removed = v.remove(1);
    println!("removed {}", removed.0);
    v.truncate(2);
    println!("after truncate {}", v.len());
    v.clear();
    println!("after clear {}", v.len());
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Square { side: 2.0, tag: Noisy("square".to_string()) }),
        Box::new(Circle { r: 1.0 }),
    ];
    for s in shapes.iter() {
        println!("area {}", s.area());
    }
    drop(shapes);
    let list = Node {
        name: Noisy("n1".to_string()),
        next: Some(Box::new(Node { name: Noisy("n2".to_string()), next: Some(Box::new(Node { name: Noisy("n3".to_string()), next: None })) })),
    };
    let mut cur = &list;
    while let Some(next) = &cur.next {
        println!("link {} -> {}", cur.name.0, next.name.0);
        cur = next;
    }
    let nested = vec![vec![Noisy("a1".to_string())], vec![Noisy("b1".to_string()), Noisy("b2".to_string())]];
    println!("nested {}", nested.len());
    let words: Vec<String> = "one two three".split(' ').map(|w| w.to_string()).collect();
    println!("{:?}", words);
    println!("main ends");
}
