// Classic interview problems with hash maps: two-sum, first unique char, longest run of consecutive numbers.
use std::collections::{HashMap, HashSet};

fn two_sum(nums: &Vec<i32>, target: i32) -> Option<(usize, usize)> {
    let mut seen: HashMap<i32, usize> = HashMap::new();
    for (i, &x) in nums.iter().enumerate() {
        if let Some(&j) = seen.get(&(target - x)) {
            return Some((j, i));
        }
        seen.insert(x, i);
    }
    None
}

fn first_unique(s: &str) -> Option<char> {
    let mut counts: HashMap<char, u32> = HashMap::new();
    for c in s.chars() {
        *counts.entry(c).or_default() += 1;
    }
    s.chars().find(|c| counts[c] == 1)
}

fn longest_consecutive(nums: &Vec<i64>) -> usize {
    let set: HashSet<i64> = nums.iter().cloned().collect();
    let mut best = 0;
    for &n in &set {
        if !set.contains(&(n - 1)) {
            let mut len = 1;
            while set.contains(&(n + len as i64)) {
                len += 1;
            }
            best = best.max(len);
        }
    }
    best
}

fn main() {
    println!("{:?}", two_sum(&vec![2, 7, 11, 15], 9));
    println!("{:?}", two_sum(&vec![3, 2, 4], 6));
    println!("{:?}", two_sum(&vec![1, 2], 7));
    for s in ["leetcode", "loveleetcode", "aabb"] {
        println!("{} -> {:?}", s, first_unique(s));
    }
    println!("{}", longest_consecutive(&vec![100, 4, 200, 1, 3, 2]));
    println!("{}", longest_consecutive(&vec![0, 3, 7, 2, 5, 8, 4, 6, 0, 1]));
}
