// Unbounded recursion overflows the stack: the process aborts (exit 134) with rustc's message.
fn depth(n: u64, pad: [u64; 4]) -> u64 {
    if n == u64::MAX {
        return pad[0];
    }
    depth(n + 1, pad) + pad[1]
}

fn main() {
    println!("recursing");
    println!("{}", depth(0, [1, 2, 3, 4]));
}
