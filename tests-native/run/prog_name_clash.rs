use std::collections::HashMap;
use std::cell::RefCell;
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell { Empty, Wall }
#[derive(Debug)]
struct Range { lo: i32, hi: i32 }
struct Iter { n: u32 }
impl Iterator for Iter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 { None } else { self.n -= 1; Some(self.n) }
    }
}
struct Node { val: i32 }
fn main() {
    let grid = vec![Cell::Empty, Cell::Wall, Cell::Empty];
    let walls = grid.iter().filter(|c| **c == Cell::Wall).count();
    let r = Range { lo: 1, hi: 4 };
    let mut h: HashMap<String, i32> = HashMap::new();
    *h.entry("a".to_string()).or_insert(0) += 3;
    let rc = RefCell::new(Node { val: 2 });
    rc.borrow_mut().val += 1;
    let s: u32 = Iter { n: 4 }.sum();
    let v: Vec<i32> = (r.lo..r.hi).collect();
    println!("{} {:?} {:?} {:?} {} {}", walls, r, v, h.get("a"), rc.borrow().val, s);
    for (i, c) in grid.iter().enumerate() { println!("{} {:?}", i, c); }
}
