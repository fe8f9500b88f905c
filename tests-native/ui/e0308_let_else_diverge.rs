// The `else` of a let-else must diverge (return, break, continue, panic).
fn main() {
    let v = vec![1, 2];
    let Some(x) = v.first() else { //~ ERROR `else` clause of `let...else` does not diverge
        println!("empty");
    };
    println!("{}", x);
}
