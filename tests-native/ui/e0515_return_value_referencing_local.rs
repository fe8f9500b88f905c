// Returning a value that holds a reference to a local.
struct View<'a> {
    items: &'a Vec<i32>,
}

fn make<'a>(_seed: &'a i32) -> View<'a> {
    let data = vec![1, 2, 3];
    View { items: &data } //~ ERROR cannot return value referencing local variable `data`
}

fn main() {
    let seed = 1;
    println!("{}", make(&seed).items.len());
}
