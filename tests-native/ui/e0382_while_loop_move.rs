// A move inside a while loop is a use after move on the next iteration.
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let data = vec![1, 2];
    let mut i = 0;
    while i < 2 {
        println!("{}", consume(data)); //~ ERROR use of moved value: `data`
        i += 1;
    }
}
