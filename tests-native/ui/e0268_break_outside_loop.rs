// break and continue outside of any loop.
fn check(x: i32) -> i32 {
    if x > 3 {
        break; //~ ERROR `break` outside of a loop
    }
    x
}

fn main() {
    println!("{}", check(1));
    continue; //~ ERROR `continue` outside of a loop
}
