// More valid named-lifetime code: recursive structs with `&'b Node<'a>`, generic helpers, Box, closures,
// a swap through two `&mut &'a str`, where clauses on methods; none of it may be rejected.
use std::collections::HashMap;
struct Node<'a> { name: &'a str, kids: Vec<Node<'a>> }
impl<'a> Node<'a> {
    fn find<'b>(&'b self, n: &str) -> Option<&'b Node<'a>> {
        if self.name == n { return Some(self); }
        for k in &self.kids { if let Some(f) = k.find(n) { return Some(f); } }
        None
    }
    fn names(&self) -> Vec<&'a str> {
        let mut out = vec![self.name];
        for k in &self.kids { out.extend(k.names().into_iter()); }
        out
    }
    fn name_ref<'b>(&'b self) -> &'b str where 'a: 'b { self.name }
}
fn first<'a, T>(v: &'a [T]) -> Option<&'a T> { v.first() }
fn id<'a, T: ?Sized>(x: &'a T) -> &'a T { x }
fn map_get<'a>(m: &'a HashMap<&'a str, Vec<i32>>, k: &str) -> &'a [i32] {
    match m.get(k) { Some(v) => v, None => &[] }
}
fn longest_in<'a>(v: &[&'a str]) -> &'a str {
    let mut best: &'a str = "";
    for s in v { if s.len() > best.len() { best = s; } }
    best
}
fn split_first<'a>(s: &'a str) -> (&'a str, &'a str) {
    match s.find(' ') { Some(i) => (&s[..i], &s[i + 1..]), None => (s, "") }
}
fn apply<'a, F: Fn(&'a str) -> usize>(s: &'a str, f: F) -> usize { f(s) }
fn swap<'a>(x: &mut &'a str, y: &mut &'a str) { let t = *x; *x = *y; *y = t; }
fn boxed<'a>(x: &'a i32) -> Box<&'a i32> { Box::new(x) }
fn unbox<'a>(b: Box<&'a i32>) -> &'a i32 { *b }
fn opt_map<'a, 'b: 'a>(x: Option<&'b String>) -> Option<&'a str> { x.map(|s| s.as_str()) }
fn iter_max<'a>(v: &'a Vec<i32>) -> Option<&'a i32> { v.iter().max() }
fn stat() -> &'static str { let s: &'static str = "hi"; s }
fn keep<'a>(v: &mut Vec<&'a str>, s: &'a String) { v.push(s.as_str()); v.push("lit"); }
struct Pair<'a, 'b> { a: &'a i32, b: &'b i32 }
fn get_b<'a, 'b>(p: &Pair<'a, 'b>) -> &'b i32 { p.b }
fn rebuild<'a, 'b>(p: Pair<'a, 'b>) -> Pair<'b, 'a> { Pair { a: p.b, b: p.a } }
fn main() {
    let leaf = Node { name: "leaf", kids: vec![] };
    let root = Node { name: "root", kids: vec![leaf] };
    println!("{:?} {:?} {}", root.find("leaf").map(|n| n.name), root.names(), root.name_ref());
    let v = vec![1, 2, 3];
    println!("{:?} {}", first(&v), id("x"));
    let mut m = HashMap::new();
    m.insert("k", vec![1]);
    println!("{:?} {:?}", map_get(&m, "k"), map_get(&m, "z"));
    println!("{} {:?}", longest_in(&["a", "abc"]), split_first("a b"));
    println!("{}", apply("abc", |s| s.len()));
    let (mut x, mut y) = ("x", "y");
    swap(&mut x, &mut y);
    let n = 5;
    println!("{} {} {} {}", x, y, unbox(boxed(&n)), stat());
    let st = String::from("own");
    println!("{:?} {:?}", opt_map(Some(&st)), iter_max(&v));
    let mut kv: Vec<&str> = Vec::new();
    keep(&mut kv, &st);
    let (a, b) = (1, 2);
    let p = Pair { a: &a, b: &b };
    println!("{:?} {} {}", kv, get_b(&p), rebuild(p).a);
}
