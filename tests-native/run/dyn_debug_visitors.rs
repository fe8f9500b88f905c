// Trait objects with a Debug supertrait (derived Debug through the object), in a HashMap, &mut dyn
// visitors, Vec<&dyn Op> printed with {:?}.
use std::collections::HashMap;
use std::fmt::Debug;

trait Op: Debug {
    fn apply(&self, a: i64, b: i64) -> i64;
    fn symbol(&self) -> char;
}
#[derive(Debug)]
struct Add;
#[derive(Debug)]
struct Mul { scale: i64 }
impl Op for Add {
    fn apply(&self, a: i64, b: i64) -> i64 { a + b }
    fn symbol(&self) -> char { '+' }
}
impl Op for Mul {
    fn apply(&self, a: i64, b: i64) -> i64 { a * b * self.scale }
    fn symbol(&self) -> char { '*' }
}

struct Machine {
    ops: HashMap<char, Box<dyn Op>>,
    log: Vec<String>,
}

impl Machine {
    fn new() -> Self {
        let mut ops: HashMap<char, Box<dyn Op>> = HashMap::new();
        let a: Box<dyn Op> = Box::new(Add);
        ops.insert(a.symbol(), a);
        let m = Box::new(Mul { scale: 1 });
        ops.insert('*', m);
        Machine { ops, log: Vec::new() }
    }
    fn run(&mut self, c: char, x: i64, y: i64) -> Option<i64> {
        let op = self.ops.get(&c)?;
        let r = op.apply(x, y);
        self.log.push(format!("{:?}: {} {} {} = {}", op, x, op.symbol(), y, r));
        Some(r)
    }
}

trait Visitor {
    fn visit(&mut self, n: i32);
    fn done(&self) -> String;
}
struct Sum(i32);
struct Max(Option<i32>);
impl Visitor for Sum {
    fn visit(&mut self, n: i32) { self.0 += n; }
    fn done(&self) -> String { format!("sum={}", self.0) }
}
impl Visitor for Max {
    fn visit(&mut self, n: i32) { self.0 = Some(self.0.map_or(n, |m| m.max(n))); }
    fn done(&self) -> String { format!("max={:?}", self.0) }
}

fn walk(data: &[i32], v: &mut dyn Visitor) {
    for &d in data { v.visit(d); }
}

fn main() {
    let mut m = Machine::new();
    println!("{:?}", m.run('+', 2, 3));
    println!("{:?}", m.run('*', 4, 5));
    println!("{:?}", m.run('-', 4, 5));
    for l in &m.log { println!("{}", l); }
    let data = [3, -1, 7, 2];
    let mut vs: Vec<Box<dyn Visitor>> = Vec::new();
    vs.push(Box::new(Sum(0)));
    vs.push(Box::new(Max(None)));
    for v in vs.iter_mut() { walk(&data, v.as_mut()); }
    let names: Vec<String> = vs.iter().map(|v| v.done()).collect();
    println!("{}", names.join(", "));
    let mut s = Sum(100);
    walk(&data, &mut s);
    println!("{}", s.done());
    let dbg: Vec<&dyn Op> = vec![&Add, &Mul { scale: 2 }];
    println!("{:?}", dbg);
}
