// Set algebra on sorted interval lists: union, intersection and difference of integer ranges.
fn normalize(mut v: Vec<(i32, i32)>) -> Vec<(i32, i32)> {
    v.sort();
    let mut out: Vec<(i32, i32)> = Vec::new();
    for (a, b) in v {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

fn intersect(x: &[(i32, i32)], y: &[(i32, i32)]) -> Vec<(i32, i32)> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < x.len() && j < y.len() {
        let lo = x[i].0.max(y[j].0);
        let hi = x[i].1.min(y[j].1);
        if lo < hi {
            out.push((lo, hi));
        }
        if x[i].1 < y[j].1 { i += 1 } else { j += 1 }
    }
    out
}

fn subtract(x: &[(i32, i32)], y: &[(i32, i32)]) -> Vec<(i32, i32)> {
    let mut out = Vec::new();
    for &(mut a, b) in x {
        for &(c, d) in y {
            if d <= a || c >= b {
                continue;
            }
            if c > a {
                out.push((a, c));
            }
            a = a.max(d);
        }
        if a < b {
            out.push((a, b));
        }
    }
    out
}

fn total(v: &[(i32, i32)]) -> i32 {
    v.iter().map(|(a, b)| b - a).sum()
}

fn main() {
    let x = normalize(vec![(1, 5), (3, 8), (10, 14), (20, 25)]);
    let y = normalize(vec![(4, 11), (13, 22), (30, 31)]);
    let u = normalize(x.iter().chain(y.iter()).cloned().collect());
    println!("x {:?} ({})", x, total(&x));
    println!("y {:?} ({})", y, total(&y));
    println!("x|y {:?} ({})", u, total(&u));
    println!("x&y {:?} ({})", intersect(&x, &y), total(&intersect(&x, &y)));
    println!("x-y {:?} ({})", subtract(&x, &y), total(&subtract(&x, &y)));
    println!("check: {}", total(&u) == total(&x) + total(&y) - total(&intersect(&x, &y)));
}
