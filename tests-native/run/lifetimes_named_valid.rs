// Valid code with named lifetimes: bounds `'b: 'a`, where clauses, 'static, structs with lifetimes,
// methods with `&'a self`, elided lifetimes in impls; the ownership checker must accept all of it.
use std::collections::HashMap;

struct Parser<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Parser<'a> {
        Parser { src, pos: 0 }
    }
    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }
    fn peek(&self) -> Option<&'a str> {
        if self.pos < self.src.len() { Some(&self.src[self.pos..self.pos + 1]) } else { None }
    }
    fn word(&mut self) -> &'a str {
        let start = self.pos;
        let bytes = self.src.as_bytes();
        while self.pos < bytes.len() && bytes[self.pos] != b' ' {
            self.pos += 1;
        }
        let w = &self.src[start..self.pos];
        if self.pos < bytes.len() {
            self.pos += 1;
        }
        w
    }
    fn source(&self) -> &str {
        self.src
    }
}

struct Pair<'a, 'b> {
    first: &'a i32,
    second: &'b i32,
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn shorter<'a, 'b: 'a>(x: &'a str, y: &'b str) -> &'a str {
    if x.len() < y.len() { x } else { y }
}

fn pick_where<'a, 'b>(x: &'a i32, y: &'b i32, first: bool) -> &'a i32
where
    'b: 'a,
{
    if first { x } else { y }
}

fn chain<'a, 'b: 'a, 'c: 'b>(x: &'a i32, z: &'c i32) -> &'a i32 {
    if *x > *z { x } else { z }
}

fn from_static<'a>(_x: &'a str) -> &'a str {
    let s: &'static str = "static text";
    s
}

fn static_str() -> &'static str {
    "forever"
}

fn first_of<'a, 'b>(p: &'b Pair<'a, 'b>) -> &'a i32 {
    p.first
}

fn inner<'a, 'b>(r: &'b &'a i32) -> &'a i32 {
    *r
}

fn inner_implied<'a, 'b>(r: &'a &'b i32) -> &'a i32 {
    *r
}

fn push_all<'a>(v: &mut Vec<&'a str>, items: &[&'a str]) {
    for it in items {
        v.push(it);
    }
}

fn push_outlives<'a, 'b: 'a>(v: &mut Vec<&'a i32>, y: &'b i32) {
    v.push(y);
}

fn assign<'a, 'b: 'a>(x: &mut &'a i32, y: &'b i32) {
    *x = y;
}

fn get_or<'a, 'b: 'a>(m: &'a HashMap<String, i32>, key: &str, dflt: &'b i32) -> &'a i32 {
    match m.get(key) {
        Some(v) => v,
        None => dflt,
    }
}

fn make_pair<'a, 'b>(a: &'a i32, b: &'b i32) -> Pair<'a, 'b> {
    Pair { first: a, second: b }
}

fn swap_pair<'a>(p: Pair<'a, 'a>) -> Pair<'a, 'a> {
    Pair { first: p.second, second: p.first }
}

fn opt_ref<'a, 'b: 'a>(x: Option<&'b i32>) -> Option<&'a i32> {
    x
}

fn tuple_refs<'a, 'b>(x: &'a i32, y: &'b i32) -> (&'b i32, &'a i32) {
    (y, x)
}

struct Holder<'a> {
    items: Vec<&'a str>,
}

impl<'a> Holder<'a> {
    fn add(&mut self, s: &'a str) {
        self.items.push(s);
    }
    fn add_longer<'b: 'a>(&mut self, s: &'b str) {
        self.items.push(s);
    }
    fn first(&self) -> Option<&'a str> {
        self.items.first().copied()
    }
    fn all(&self) -> &[&'a str] {
        &self.items
    }
}

trait Named {
    fn name<'a>(&'a self) -> &'a str;
}

struct Person {
    name: String,
}

impl Named for Person {
    fn name<'a>(&'a self) -> &'a str {
        &self.name
    }
}

// The result's lifetime comes from what an elided reference points to, not the reference itself.
fn src_of<'a>(p: &Parser<'a>) -> &'a str {
    p.src
}

fn next_word<'a>(p: &mut Parser<'a>) -> &'a str {
    p.word()
}

struct Counter<'a> {
    data: &'a [i32],
}

// An elided lifetime in an impl header, and methods with `&'a self`.
impl Counter<'_> {
    fn total(&self) -> i32 {
        self.data.iter().sum()
    }
}

impl<'a> Counter<'a> {
    fn biggest(&'a self) -> Option<&'a i32> {
        self.data.iter().max()
    }
    fn slice(&self) -> &'a [i32] {
        self.data
    }
}

fn main() {
    let text = String::from("hello big world");
    let mut p = Parser::new(&text);
    println!("{:?}", p.peek());
    let w1 = p.word();
    let w2 = p.word();
    println!("{} {} [{}] [{}]", w1, w2, p.rest(), p.source());
    println!("{}", longest(w1, w2));
    println!("{}", shorter(w1, "static"));
    let a = 3;
    let b = 7;
    println!("{}", pick_where(&a, &b, false));
    println!("{}", chain(&a, &b));
    println!("{}", from_static(w1));
    println!("{}", static_str());
    let pr = Pair { first: &a, second: &b };
    println!("{} {}", first_of(&pr), pr.second);
    let ra = &a;
    println!("{} {}", inner(&ra), inner_implied(&ra));
    let mut v: Vec<&str> = Vec::new();
    push_all(&mut v, &["x", "y"]);
    println!("{:?}", v);
    let mut nums: Vec<&i32> = Vec::new();
    push_outlives(&mut nums, &a);
    let mut r: &i32 = &a;
    assign(&mut r, &b);
    println!("{:?} {}", nums, r);
    let mut m = HashMap::new();
    m.insert(String::from("k"), 5);
    let d = 0;
    println!("{} {}", get_or(&m, "k", &d), get_or(&m, "z", &d));
    let mp = make_pair(&a, &b);
    let sp = swap_pair(mp);
    println!("{} {}", sp.first, sp.second);
    println!("{:?}", opt_ref(Some(&b)));
    let (t1, t2) = tuple_refs(&a, &b);
    println!("{} {}", t1, t2);
    let mut h = Holder { items: Vec::new() };
    h.add(w1);
    h.add_longer("lit");
    println!("{:?} {:?}", h.first(), h.all());
    let person = Person { name: String::from("Ann") };
    println!("{}", person.name());
    let mut q = Parser::new("one two three");
    let n1 = next_word(&mut q);
    let n2 = next_word(&mut q);
    println!("{} {} {}", n1, n2, src_of(&q));
    let nums = [4, 9, 2];
    let c = Counter { data: &nums };
    let s = c.slice();
    println!("{} {:?} {:?}", c.total(), c.biggest(), s);
}
