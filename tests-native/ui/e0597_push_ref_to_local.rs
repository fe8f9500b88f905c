// References to a loop's local stored in a Vec that outlives the loop body.
fn main() {
    let mut refs: Vec<&String> = Vec::new();
    for i in 0..3 {
        let s = format!("item {}", i);
        refs.push(&s); //~ ERROR `s` does not live long enough
    }
    println!("{}", refs.len());
}
