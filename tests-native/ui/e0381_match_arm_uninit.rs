// Assigned in some match arms only.
fn main() {
    let n = 3;
    let label: &str;
    match n {
        1 => label = "one",
        2 => label = "two",
        _ => {}
    }
    println!("{}", label); //~ ERROR used binding `label` is possibly-uninitialized
}
