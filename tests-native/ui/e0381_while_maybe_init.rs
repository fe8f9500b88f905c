// Assigned only in a while loop's body.
fn main() {
    let mut i = 0;
    let mut last: i32;
    while i < 3 {
        last = i;
        i += 1;
    }
    println!("{}", last); //~ ERROR used binding `last` is possibly-uninitialized
}
