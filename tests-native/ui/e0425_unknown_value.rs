// Use of a name that was never declared.
fn main() {
    let y = 1;
    let z = y + undefined_name; //~ ERROR cannot find value `undefined_name` in this scope
    println!("{}", z);
}
