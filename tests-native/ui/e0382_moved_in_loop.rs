// A value moved inside a loop body: the second iteration uses a moved value.
fn main() {
    let name = String::from("loop");
    let mut all = Vec::new();
    for _ in 0..3 {
        all.push(name); //~ ERROR use of moved value: `name`
    }
    println!("{:?}", all);
}
