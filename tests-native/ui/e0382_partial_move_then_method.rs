// A method that borrows the whole struct cannot be called after a field was moved out.
struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn describe(&self) -> String {
        format!("{} {}", self.owner, self.balance)
    }
}

fn main() {
    let acc = Account { owner: String::from("x"), balance: 5 };
    let owner = acc.owner;
    println!("{} {}", owner, acc.describe()); //~ ERROR borrow of partially moved value: `acc`
}
