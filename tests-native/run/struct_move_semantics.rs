// Non-Copy structs move: functions take ownership and hand back new values.
struct Account {
    id: u32,
    balance: i64,
}

fn deposit(acc: Account, amount: i64) -> Account {
    Account { id: acc.id, balance: acc.balance + amount }
}

fn merge(a: Account, b: Account) -> Account {
    Account { id: a.id, balance: a.balance + b.balance }
}

fn consume(acc: Account) -> i64 {
    acc.balance
}

fn main() {
    let a = Account { id: 1, balance: 100 };
    let a = deposit(a, 50);
    println!("{} has {}", a.id, a.balance);
    let b = Account { id: 2, balance: 7 };
    let c = merge(a, b);
    println!("{} has {}", c.id, c.balance);
    let mut d = c;
    d.balance -= 57;
    println!("{} has {}", d.id, d.balance);
    let total = consume(d);
    println!("total {}", total);
    let e = Account { balance: 33, id: 9 };
    println!("{} {}", e.id, e.balance);
    let mut accounts = [0i64; 3];
    let mut i = 0;
    while i < 3 {
        let acc = deposit(Account { id: i as u32, balance: 10 }, i as i64 * 5);
        accounts[i] = acc.balance;
        i += 1;
    }
    println!("{} {} {}", accounts[0], accounts[1], accounts[2]);
}
