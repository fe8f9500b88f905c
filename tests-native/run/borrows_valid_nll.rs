// Valid borrowing the borrow checker must accept (NLL): two-phase borrows (v.push(v.len())), a borrow
// ending before a mutation, reborrows of &mut, disjoint fields, borrows returned from functions, a
// reference variable reassigned, closures capturing by reference, nested Vec indexing.
use std::collections::HashMap;

#[derive(Debug)]
struct Stack { items: Vec<i32>, name: String }

impl Stack {
    fn top(&self) -> Option<&i32> { self.items.last() }
    fn top_mut(&mut self) -> Option<&mut i32> { self.items.last_mut() }
    fn push(&mut self, x: i32) { self.items.push(x); }
    fn name_and_items(&mut self) -> (&str, &mut Vec<i32>) { (&self.name, &mut self.items) }
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str { if a.len() >= b.len() { a } else { b } }

fn first_word(s: &str) -> &str {
    match s.find(' ') { Some(i) => &s[..i], None => s }
}

fn bump_all(v: &mut Vec<i32>) {
    for x in v.iter_mut() { *x += 1; }
}

fn get_or_insert(map: &mut HashMap<String, i32>, k: &str) -> i32 {
    if let Some(v) = map.get(k) {
        return *v;
    }
    map.insert(k.to_string(), 0);
    0
}

fn main() {
    // two-phase borrows
    let mut v = vec![1, 2, 3];
    v.push(v.len() as i32);
    let n = v.len();
    v.insert(0, v[n - 1]);
    println!("{:?}", v);
    // a borrow ends before the mutation (NLL)
    let first = &v[0];
    println!("first {}", first);
    v.push(9);
    // reborrows
    let r = &mut v;
    bump_all(r);
    bump_all(r);
    r.push(100);
    println!("{:?}", v);
    // mutable borrow in a loop, each iteration ends its borrow
    let mut s = Stack { items: vec![], name: String::from("s") };
    for i in 0..3 {
        s.push(i);
        if let Some(t) = s.top_mut() { *t *= 10; }
    }
    println!("{:?} {:?}", s.top(), s);
    // disjoint fields borrowed at once
    let (nm, items) = s.name_and_items();
    items.push(nm.len() as i32);
    let a = &mut s.items;
    let b = &s.name;
    a.push(b.len() as i32);
    println!("{:?}", s);
    // returning borrows from functions
    let x = String::from("hello world");
    let y = String::from("hi");
    println!("{} {}", longest(&x, &y), first_word(&x));
    // borrow in a condition, then mutation
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert("a".to_string(), 5);
    println!("{} {}", get_or_insert(&mut m, "a"), get_or_insert(&mut m, "b"));
    if m.contains_key("a") { m.insert("c".to_string(), 1); }
    let total: i32 = m.values().sum();
    println!("{}", total);
    // shadowed references and reassigned reference variables
    let mut a1 = 1;
    let mut b1 = 2;
    let mut cur = &mut a1;
    *cur += 10;
    cur = &mut b1;
    *cur += 20;
    println!("{} {}", a1, b1);
    // closures capturing by reference, used before the captured variable is touched again
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    println!("{}", count);
    let data = vec![3, 1, 2];
    let max = data.iter().max().unwrap();
    let sorted = { let mut d = data.clone(); d.sort(); d };
    println!("{} {:?} {:?}", max, sorted, data);
    // a linked-list cursor walking with a mutable reference
    let mut list = Some(Box::new((1, Some(Box::new((2, None::<Box<(i32, Option<Box<(i32, ())>>)>>))))));
    if let Some(node) = list.as_mut() { node.0 += 5; }
    println!("{:?}", list.map(|n| n.0));
    let mut grid = vec![vec![0; 3]; 3];
    for i in 0..3 { for j in 0..3 { grid[i][j] = i * 3 + j; } }
    let row = &grid[1];
    println!("{:?}", row);
    grid[2][2] = 99;
    println!("{:?}", grid[2]);
    let mut words = vec![String::from("b"), String::from("a")];
    words.sort();
    let joined = words.join(",");
    words.push(joined.clone());
    println!("{:?}", words);
}
