// A bank with accounts in a Vec, transfers that can fail, and a transaction log filtered with closures.
#[derive(Debug, Clone, PartialEq)]
enum Event {
    Deposit { account: usize, amount: u64 },
    Withdraw { account: usize, amount: u64 },
    Transfer { from: usize, to: usize, amount: u64 },
}

#[derive(Debug)]
struct Account {
    owner: String,
    balance: u64,
}

struct Bank {
    accounts: Vec<Account>,
    log: Vec<Event>,
}

impl Bank {
    fn new() -> Bank {
        Bank { accounts: Vec::new(), log: Vec::new() }
    }
    fn open(&mut self, owner: &str, initial: u64) -> usize {
        self.accounts.push(Account { owner: owner.to_string(), balance: initial });
        self.accounts.len() - 1
    }
    fn apply(&mut self, e: Event) -> Result<(), String> {
        match &e {
            Event::Deposit { account, amount } => self.accounts[*account].balance += amount,
            Event::Withdraw { account, amount } => {
                let acc = &mut self.accounts[*account];
                if acc.balance < *amount {
                    return Err(format!("{} cannot withdraw {} (balance {})", acc.owner, amount, acc.balance));
                }
                acc.balance -= amount;
            }
            Event::Transfer { from, to, amount } => {
                if self.accounts[*from].balance < *amount {
                    return Err(format!("transfer of {} from {} refused", amount, self.accounts[*from].owner));
                }
                self.accounts[*from].balance -= amount;
                self.accounts[*to].balance += amount;
            }
        }
        self.log.push(e);
        Ok(())
    }
}

fn main() {
    let mut bank = Bank::new();
    let alice = bank.open("alice", 100);
    let bob = bank.open("bob", 50);
    let carol = bank.open("carol", 0);
    let events = vec![
        Event::Deposit { account: carol, amount: 25 },
        Event::Transfer { from: alice, to: bob, amount: 70 },
        Event::Withdraw { account: bob, amount: 200 },
        Event::Transfer { from: alice, to: carol, amount: 40 },
        Event::Withdraw { account: bob, amount: 20 },
    ];
    for e in events {
        if let Err(msg) = bank.apply(e) {
            println!("error: {}", msg);
        }
    }
    for a in &bank.accounts {
        println!("{:<6} {:>5}", a.owner, a.balance);
    }
    let transfers = bank.log.iter().filter(|e| matches!(e, Event::Transfer { .. })).count();
    let total: u64 = bank.accounts.iter().map(|a| a.balance).sum();
    println!("{} logged, {} transfers, total {}", bank.log.len(), transfers, total);
    println!("{:?}", bank.log.last());
}
