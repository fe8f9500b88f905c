// Method called with the wrong number of arguments.
struct Acc {
    total: i64,
}

impl Acc {
    fn add(&mut self, v: i64) {
        self.total += v;
    }
}

fn main() {
    let mut a = Acc { total: 0 };
    a.add(); //~ ERROR this method takes 1 argument but 0 arguments were supplied
    println!("{}", a.total);
}
