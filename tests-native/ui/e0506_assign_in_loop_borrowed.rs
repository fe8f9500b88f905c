// Reassigning the value a reference points at, while the reference is used in the loop.
fn main() {
    let mut best = 0;
    let r = &best;
    for x in [3, 1, 4] {
        if x > *r {
            best = x; //~ ERROR cannot assign to `best` because it is borrowed
        }
    }
    println!("{}", best);
}
