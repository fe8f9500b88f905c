use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
struct State {
    cost: u32,
    node: usize,
}

impl Ord for State {
    fn cmp(&self, other: &Self) -> Ordering {
        other.cost.cmp(&self.cost).then_with(|| self.node.cmp(&other.node))
    }
}

impl PartialOrd for State {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

fn main() {
    let mut h = BinaryHeap::new();
    for (c, n) in [(5, 1), (2, 2), (9, 3), (2, 0)] {
        h.push(State { cost: c, node: n });
    }
    while let Some(s) = h.pop() {
        print!("{:?} ", s);
    }
    println!();
    let mut v = vec![State { cost: 3, node: 1 }, State { cost: 1, node: 2 }];
    v.sort();
    println!("{:?} {}", v, State { cost: 1, node: 0 } > State { cost: 2, node: 0 });
}
