// Lower/upper bound searches on sorted slices, counting occurrences, and integer square roots by bisection.
fn lower_bound(v: &[i32], x: i32) -> usize {
    let (mut lo, mut hi) = (0, v.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    lo
}

fn upper_bound(v: &[i32], x: i32) -> usize {
    let (mut lo, mut hi) = (0, v.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] <= x { lo = mid + 1 } else { hi = mid }
    }
    lo
}

fn isqrt(n: u64) -> u64 {
    let (mut lo, mut hi) = (0u64, n.min(4_294_967_295) + 1);
    while hi - lo > 1 {
        let mid = (lo + hi) / 2;
        if mid * mid <= n { lo = mid } else { hi = mid }
    }
    lo
}

fn main() {
    let v = vec![1, 2, 2, 2, 5, 7, 7, 9];
    for x in [0, 2, 3, 7, 9, 10] {
        let (l, u) = (lower_bound(&v, x), upper_bound(&v, x));
        println!("x={:>2} lower {} upper {} count {} std {:?}", x, l, u, u - l, v.binary_search(&x).is_ok());
    }
    for n in [0u64, 1, 15, 16, 17, 1_000_000, 999_999_999_999, u32::MAX as u64 * 3] {
        println!("isqrt({}) = {}", n, isqrt(n));
    }
}
