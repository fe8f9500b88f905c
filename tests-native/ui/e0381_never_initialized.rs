// A binding declared without a value and never assigned.
fn main() {
    let total: i32;
    let items = [1, 2, 3];
    println!("{} {}", items.len(), total); //~ ERROR used binding `total` isn't initialized
}
