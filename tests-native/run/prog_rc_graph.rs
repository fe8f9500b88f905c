// A shared graph: nodes in Rc<RefCell<Node>> with adjacency lists of Rc handles; depth-first traversal
// with a visited list, and mutation through shared handles.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Node {
    name: String,
    edges: Vec<Rc<RefCell<Node>>>,
    visits: u32,
}

fn node(name: &str) -> Rc<RefCell<Node>> {
    Rc::new(RefCell::new(Node { name: name.to_string(), edges: Vec::new(), visits: 0 }))
}

fn connect(a: &Rc<RefCell<Node>>, b: &Rc<RefCell<Node>>) {
    a.borrow_mut().edges.push(Rc::clone(b));
}

fn dfs(n: &Rc<RefCell<Node>>, seen: &mut Vec<String>, order: &mut Vec<String>) {
    let name = n.borrow().name.clone();
    if seen.contains(&name) {
        return;
    }
    seen.push(name.clone());
    n.borrow_mut().visits += 1;
    order.push(name);
    let edges: Vec<Rc<RefCell<Node>>> = n.borrow().edges.iter().map(Rc::clone).collect();
    for e in &edges {
        dfs(e, seen, order);
    }
}

fn main() {
    let a = node("a");
    let b = node("b");
    let c = node("c");
    let d = node("d");
    connect(&a, &b);
    connect(&a, &c);
    connect(&b, &d);
    connect(&c, &d);
    connect(&d, &a);
    let mut seen = Vec::new();
    let mut order = Vec::new();
    dfs(&a, &mut seen, &mut order);
    println!("dfs from a: {}", order.join(" -> "));
    for n in [&a, &b, &c, &d] {
        let nb = n.borrow();
        let names: Vec<String> = nb.edges.iter().map(|e| e.borrow().name.clone()).collect();
        println!("{} visits {} edges {:?}", nb.name, nb.visits, names);
    }
    d.borrow_mut().name.push_str("-renamed");
    println!("seen through b: {}", b.borrow().edges[0].borrow().name);
}
