// Assigned only inside a loop that may not run.
fn main() {
    let mut last: u32;
    let n = 0;
    for i in 0..n {
        last = i;
    }
    println!("{}", last); //~ ERROR used binding `last` is possibly-uninitialized
}
