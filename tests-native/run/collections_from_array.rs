// std's collections from array literals: Vec::from([..]), HashMap::from([(k, v), ..]) and friends.
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, HashSet, VecDeque};
fn main() {
    let v = Vec::from([3, 1, 2]);
    let typed: Vec<u64> = Vec::from([7, 8]);
    println!("{:?}", typed);
    let m = HashMap::from([("a", 1), ("b", 2)]);
    let s = HashSet::from([1, 2, 2]);
    let b = BTreeMap::from([(2, 'b'), (1, 'a')]);
    let bs = BTreeSet::from(["z", "a"]);
    let d = VecDeque::from([1, 2]);
    let mut h = BinaryHeap::from([4, 9, 1]);
    println!("{:?} {} {} {:?} {:?} {:?} {:?}", v, m["b"], s.len(), b, bs, d, h.pop());
}
