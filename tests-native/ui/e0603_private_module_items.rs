// Items without `pub` are private to their module (and its descendants).
mod bank {
    pub struct Account {
        pub balance: i64,
    }
    fn audit(a: &Account) -> bool {
        a.balance >= 0
    }
    pub fn open() -> Account {
        Account { balance: 0 }
    }
    mod vault {
        pub fn code() -> u32 { 42 }
    }
    pub fn inside() -> bool {
        audit(&open()) && vault::code() == 42
    }
}

fn main() {
    let a = bank::open();
    println!("{}", bank::audit(&a)); //~ ERROR function `audit` is private
    println!("{}", bank::vault::code()); //~ ERROR module `vault` is private
    println!("{}", bank::inside());
}
