// Classic dynamic programming tables: longest common subsequence (with reconstruction) and 0/1 knapsack.
fn lcs(a: &str, b: &str) -> String {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            t[i][j] = if a[i - 1] == b[j - 1] { t[i - 1][j - 1] + 1 } else { t[i - 1][j].max(t[i][j - 1]) };
        }
    }
    let (mut i, mut j) = (a.len(), b.len());
    let mut out = Vec::new();
    while i > 0 && j > 0 {
        if a[i - 1] == b[j - 1] {
            out.push(a[i - 1]);
            i -= 1;
            j -= 1;
        } else if t[i - 1][j] >= t[i][j - 1] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    out.iter().rev().collect()
}

fn knapsack<'a>(items: &[(&'a str, usize, u32)], cap: usize) -> (u32, Vec<&'a str>) {
    let n = items.len();
    let mut best = vec![vec![0u32; cap + 1]; n + 1];
    for i in 1..=n {
        let (_, w, v) = items[i - 1];
        for c in 0..=cap {
            best[i][c] = best[i - 1][c];
            if w <= c && best[i - 1][c - w] + v > best[i][c] {
                best[i][c] = best[i - 1][c - w] + v;
            }
        }
    }
    let mut chosen = Vec::new();
    let mut c = cap;
    for i in (1..=n).rev() {
        if best[i][c] != best[i - 1][c] {
            chosen.push(items[i - 1].0);
            c -= items[i - 1].1;
        }
    }
    chosen.reverse();
    (best[n][cap], chosen)
}

fn main() {
    for (a, b) in [("ABCBDAB", "BDCABA"), ("AGGTAB", "GXTXAYB"), ("kitten", "sitting")] {
        let s = lcs(a, b);
        println!("lcs({}, {}) = {} ({})", a, b, s, s.len());
    }
    let items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
                 ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)];
    for cap in [100, 200, 400] {
        let (v, chosen) = knapsack(&items, cap);
        println!("cap {}: value {} {:?}", cap, v, chosen);
    }
}
