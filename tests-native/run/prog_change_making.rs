// Making change: greedy vs dynamic programming (fewest coins) with reconstruction, for two coin systems.
fn greedy(coins: &[u32], mut amount: u32) -> Vec<u32> {
    let mut out = Vec::new();
    for &c in coins.iter().rev() {
        while amount >= c {
            out.push(c);
            amount -= c;
        }
    }
    out
}

fn optimal(coins: &[u32], amount: u32) -> Option<Vec<u32>> {
    let n = amount as usize;
    let mut best = vec![u32::MAX; n + 1];
    let mut last = vec![0u32; n + 1];
    best[0] = 0;
    for a in 1..=n {
        for &c in coins {
            let c = c as usize;
            if c <= a && best[a - c] != u32::MAX && best[a - c] + 1 < best[a] {
                best[a] = best[a - c] + 1;
                last[a] = c as u32;
            }
        }
    }
    if best[n] == u32::MAX {
        return None;
    }
    let mut out = Vec::new();
    let mut a = n;
    while a > 0 {
        out.push(last[a]);
        a -= last[a] as usize;
    }
    out.sort_by(|x, y| y.cmp(x));
    Some(out)
}

fn main() {
    for coins in [vec![1, 5, 10, 25], vec![1, 3, 4]] {
        for amount in [6, 30, 63] {
            let g = greedy(&coins, amount);
            let o = optimal(&coins, amount).unwrap();
            println!("{:?} {:>3}: greedy {:?} ({}), optimal {:?} ({})", coins, amount, g, g.len(), o, o.len());
        }
    }
    println!("{:?}", optimal(&[5, 10], 3));
}
