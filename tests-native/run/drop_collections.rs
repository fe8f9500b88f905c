// Collections drop what they hold: a shared counter (Rc<Cell<u32>>) counts the drops, so the figures do
// not depend on HashMap's iteration order.
use std::cell::Cell;
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet, VecDeque};
use std::rc::Rc;

struct Tracked {
    id: u32,
    drops: Rc<Cell<u32>>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.drops.set(self.drops.get() + 1);
    }
}

fn tracked(id: u32, drops: &Rc<Cell<u32>>) -> Tracked {
    Tracked { id, drops: Rc::clone(drops) }
}

fn main() {
    let drops = Rc::new(Cell::new(0u32));
    {
        let mut map: HashMap<u32, Tracked> = HashMap::new();
        for i in 0..10 {
            map.insert(i, tracked(i, &drops));
        }
        map.insert(3, tracked(103, &drops));
        println!("after replacing one: {}", drops.get());
        let removed = map.remove(&4);
        println!("removed {:?}", removed.as_ref().map(|t| t.id));
        drop(removed);
        println!("after remove: {}", drops.get());
    }
    println!("after HashMap: {}", drops.get());
    {
        let mut tree: BTreeMap<String, Tracked> = BTreeMap::new();
        for i in 0..50 {
            tree.insert(format!("key{:02}", i), tracked(i, &drops));
        }
        let sum: u32 = tree.values().map(|t| t.id).sum();
        println!("tree sum {}", sum);
    }
    println!("after BTreeMap: {}", drops.get());
    {
        let mut dq: VecDeque<Tracked> = VecDeque::new();
        for i in 0..6 {
            if i % 2 == 0 {
                dq.push_back(tracked(i, &drops));
            } else {
                dq.push_front(tracked(i, &drops));
            }
        }
        let front = dq.pop_front().map(|t| t.id);
        println!("front {:?}", front);
    }
    println!("after VecDeque: {}", drops.get());
    {
        let mut heap = BinaryHeap::new();
        for i in [5u32, 1, 8, 3] {
            heap.push(i);
        }
        let mut owned: Vec<Tracked> = Vec::new();
        while let Some(top) = heap.pop() {
            owned.push(tracked(top, &drops));
        }
        let ids: Vec<u32> = owned.iter().map(|t| t.id).collect();
        println!("heap order {:?}", ids);
        let names: HashSet<String> = ["a", "b", "a"].iter().map(|s| s.to_string()).collect();
        println!("set len {}", names.len());
    }
    println!("after heap: {}", drops.get());
    let mut grid: Vec<Vec<Tracked>> = Vec::new();
    for r in 0..3 {
        let mut row = Vec::new();
        for c in 0..4 {
            row.push(tracked(r * 10 + c, &drops));
        }
        grid.push(row);
    }
    grid.truncate(1);
    println!("after truncate: {}", drops.get());
    grid[0].retain(|t| t.id % 2 == 0);
    println!("after retain: {} left {}", drops.get(), grid[0].len());
    drop(grid);
    println!("final: {} (rc count {})", drops.get(), Rc::strong_count(&drops));
}
