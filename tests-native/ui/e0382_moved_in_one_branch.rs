// Moved on one path only: still an error where the paths join.
fn keep(v: Vec<u8>) -> usize {
    v.len()
}

fn main() {
    let data = vec![1u8, 2];
    let n = data.len();
    if n > 1 {
        keep(data);
    }
    println!("{}", data.len()); //~ ERROR borrow of moved value: `data`
}
