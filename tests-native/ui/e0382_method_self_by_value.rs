// A method taking `self` by value consumes the receiver.
struct Counter {
    hits: Vec<u32>,
}

impl Counter {
    fn finish(self) -> usize {
        self.hits.len()
    }
    fn peek(&self) -> usize {
        self.hits.len()
    }
}

fn main() {
    let c = Counter { hits: vec![1, 2] };
    let total = c.finish();
    println!("{} {}", total, c.peek()); //~ ERROR borrow of moved value: `c`
}
