// The Computer Language Benchmarks Game's binary-trees (Box, recursion). WasmRust does not free memory
// yet (Drop is on the way), so the depth is kept small enough for the memory limit.
struct Tree {
    left: Option<Box<Tree>>,
    right: Option<Box<Tree>>,
}

fn bottom_up(depth: u32) -> Tree {
    if depth == 0 {
        Tree { left: None, right: None }
    } else {
        Tree { left: Some(Box::new(bottom_up(depth - 1))), right: Some(Box::new(bottom_up(depth - 1))) }
    }
}

fn check(t: &Tree) -> u32 {
    match (&t.left, &t.right) {
        (Some(l), Some(r)) => 1 + check(l) + check(r),
        _ => 1,
    }
}

fn main() {
    let n = 6;
    let max_depth = if n < 6 { 6 } else { n };
    let stretch = max_depth + 1;
    println!("stretch tree of depth {}\t check: {}", stretch, check(&bottom_up(stretch)));
    let long_lived = bottom_up(max_depth);
    let mut d = 4;
    while d <= max_depth {
        let iterations = 1 << (max_depth - d + 4);
        let mut total = 0;
        for _ in 0..iterations {
            total += check(&bottom_up(d));
        }
        println!("{}\t trees of depth {}\t check: {}", iterations, d, total);
        d += 2;
    }
    println!("long lived tree of depth {}\t check: {}", max_depth, check(&long_lived));
}
