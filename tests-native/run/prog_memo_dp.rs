// Dynamic programming with memo tables in HashMaps: grid paths, coin change ways, edit distance.
use std::collections::HashMap;

fn grid_paths(r: u64, c: u64, memo: &mut HashMap<(u64, u64), u64>) -> u64 {
    if r == 0 || c == 0 {
        return 1;
    }
    if let Some(&v) = memo.get(&(r, c)) {
        return v;
    }
    let v = grid_paths(r - 1, c, memo) + grid_paths(r, c - 1, memo);
    memo.insert((r, c), v);
    v
}

fn coin_ways(amount: usize, coins: &Vec<usize>) -> u64 {
    let mut ways = vec![0u64; amount + 1];
    ways[0] = 1;
    for &c in coins {
        for a in c..=amount {
            ways[a] += ways[a - c];
        }
    }
    ways[amount]
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut memo: HashMap<(usize, usize), usize> = HashMap::new();
    fn go(i: usize, j: usize, a: &Vec<char>, b: &Vec<char>, memo: &mut HashMap<(usize, usize), usize>) -> usize {
        if i == a.len() {
            return b.len() - j;
        }
        if j == b.len() {
            return a.len() - i;
        }
        if let Some(&v) = memo.get(&(i, j)) {
            return v;
        }
        let v = if a[i] == b[j] {
            go(i + 1, j + 1, a, b, memo)
        } else {
            1 + go(i + 1, j, a, b, memo).min(go(i, j + 1, a, b, memo)).min(go(i + 1, j + 1, a, b, memo))
        };
        memo.insert((i, j), v);
        v
    }
    go(0, 0, &a, &b, &mut memo)
}

fn main() {
    let mut memo = HashMap::new();
    println!("{}", grid_paths(16, 16, &mut memo));
    println!("{} entries", memo.len());
    println!("{}", coin_ways(100, &vec![1, 5, 10, 25, 50]));
    for (a, b) in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")] {
        println!("{} -> {}: {}", a, b, edit_distance(a, b));
    }
}
