// Four independent struct-related errors.
struct Account {
    id: u32,
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

fn main() {
    let mut a = Account { id: 1 }; //~ ERROR missing field `balance` in initializer of `Account`
    a.deposit(5);
    println!("{}", a.owner); //~ ERROR no field `owner` on type `Account`
    a.withdraw(3); //~ ERROR no method named `withdraw` found for struct `Account`
    let b: Acount = Account { id: 2, balance: 0 }; //~ ERROR cannot find type `Acount` in this scope
    println!("{} {}", a.id, b.balance);
}
