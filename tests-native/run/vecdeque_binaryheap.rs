use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

fn main() {
    let mut d = VecDeque::new();
    for i in 0..5 {
        d.push_back(i);
    }
    d.push_front(-1);
    d.push_front(-2);
    println!("{:?} len {} front {:?} back {:?}", d, d.len(), d.front(), d.back());
    println!("{:?} {:?} {}", d.pop_front(), d.pop_back(), d[2]);
    for _ in 0..20 {
        let x = d.pop_front().unwrap();
        d.push_back(x * 2);
    }
    println!("{:?} {}", d, d.contains(&64));
    let v: Vec<i32> = d.iter().map(|x| x + 1).collect();
    println!("{:?}", v);
    let mut heap = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2] {
        heap.push(x);
    }
    println!("peek {:?} len {}", heap.peek(), heap.len());
    let mut out = Vec::new();
    while let Some(x) = heap.pop() {
        out.push(x);
    }
    println!("{:?}", out);
    let mut min_heap = BinaryHeap::new();
    for (d, name) in [(7, "c"), (2, "a"), (5, "b"), (2, "z")] {
        min_heap.push(Reverse((d, name)));
    }
    while let Some(Reverse((d, name))) = min_heap.pop() {
        print!("{}{} ", name, d);
    }
    println!();
    let sorted = vec![4, 1, 3].into_iter().collect::<BinaryHeap<_>>().into_sorted_vec();
    println!("{:?}", sorted);
    let mut bfs: VecDeque<(u32, u32)> = VecDeque::new();
    bfs.push_back((0, 0));
    let mut visited = 0;
    while let Some((n, depth)) = bfs.pop_front() {
        visited += 1;
        if depth < 3 {
            bfs.push_back((2 * n + 1, depth + 1));
            bfs.push_back((2 * n + 2, depth + 1));
        }
    }
    println!("visited {}", visited);
}
