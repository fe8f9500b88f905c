// Bank-account simulation: accounts in a fixed array, transactions as enums, error reporting via enums.
const MAX_ACCOUNTS: usize = 6;

enum Kind {
    Checking,
    Savings { rate_bp: u32 },
}

struct Account {
    id: u32,
    owner: &'static str,
    balance: i64,
    kind: Kind,
    open: bool,
}

enum Tx {
    Open { owner: &'static str, savings_rate: u32 },
    Deposit { id: u32, amount: i64 },
    Withdraw { id: u32, amount: i64 },
    Transfer { from: u32, to: u32, amount: i64 },
    Close(u32),
    ApplyInterest,
}

enum TxError {
    NoSuchAccount(u32),
    Insufficient { id: u32, needed: i64, available: i64 },
    BankFull,
    InvalidAmount(i64),
}

struct Bank {
    accounts: [Account; MAX_ACCOUNTS],
    count: usize,
    next_id: u32,
}

fn empty_account() -> Account {
    Account { id: 0, owner: "", balance: 0, kind: Kind::Checking, open: false }
}

impl Bank {
    fn new() -> Bank {
        Bank {
            accounts: [empty_account(), empty_account(), empty_account(), empty_account(), empty_account(), empty_account()],
            count: 0,
            next_id: 100,
        }
    }

    fn find(&self, id: u32) -> usize {
        for i in 0..self.count {
            if self.accounts[i].id == id && self.accounts[i].open {
                return i;
            }
        }
        MAX_ACCOUNTS
    }

    fn apply(&mut self, tx: &Tx) -> TxResult {
        match tx {
            Tx::Open { owner, savings_rate } => {
                if self.count == MAX_ACCOUNTS {
                    return TxResult::Err(TxError::BankFull);
                }
                let kind = if *savings_rate == 0 { Kind::Checking } else { Kind::Savings { rate_bp: *savings_rate } };
                let id = self.next_id;
                self.next_id += 1;
                self.accounts[self.count] = Account { id, owner: *owner, balance: 0, kind, open: true };
                self.count += 1;
                TxResult::Ok(id as i64)
            }
            Tx::Deposit { id, amount } => {
                if *amount <= 0 {
                    return TxResult::Err(TxError::InvalidAmount(*amount));
                }
                let i = self.find(*id);
                if i == MAX_ACCOUNTS {
                    return TxResult::Err(TxError::NoSuchAccount(*id));
                }
                self.accounts[i].balance += *amount;
                TxResult::Ok(self.accounts[i].balance)
            }
            Tx::Withdraw { id, amount } => self.withdraw(*id, *amount),
            Tx::Transfer { from, to, amount } => {
                if self.find(*to) == MAX_ACCOUNTS {
                    return TxResult::Err(TxError::NoSuchAccount(*to));
                }
                match self.withdraw(*from, *amount) {
                    TxResult::Ok(_) => {
                        let j = self.find(*to);
                        self.accounts[j].balance += *amount;
                        TxResult::Ok(self.accounts[j].balance)
                    }
                    err => err,
                }
            }
            Tx::Close(id) => {
                let i = self.find(*id);
                if i == MAX_ACCOUNTS {
                    return TxResult::Err(TxError::NoSuchAccount(*id));
                }
                self.accounts[i].open = false;
                TxResult::Ok(self.accounts[i].balance)
            }
            Tx::ApplyInterest => {
                let mut total = 0;
                for i in 0..self.count {
                    let acc = &mut self.accounts[i];
                    if let Kind::Savings { rate_bp } = acc.kind {
                        if acc.open {
                            let interest = acc.balance * rate_bp as i64 / 10000;
                            acc.balance += interest;
                            total += interest;
                        }
                    }
                }
                TxResult::Ok(total)
            }
        }
    }

    fn withdraw(&mut self, id: u32, amount: i64) -> TxResult {
        if amount <= 0 {
            return TxResult::Err(TxError::InvalidAmount(amount));
        }
        let i = self.find(id);
        if i == MAX_ACCOUNTS {
            return TxResult::Err(TxError::NoSuchAccount(id));
        }
        let acc = &mut self.accounts[i];
        if acc.balance < amount {
            return TxResult::Err(TxError::Insufficient { id, needed: amount, available: acc.balance });
        }
        acc.balance -= amount;
        TxResult::Ok(acc.balance)
    }
}

enum TxResult {
    Ok(i64),
    Err(TxError),
}

fn report(step: usize, r: TxResult) {
    match r {
        TxResult::Ok(v) => println!("{:2}: ok ({})", step, v),
        TxResult::Err(TxError::NoSuchAccount(id)) => println!("{:2}: error: no account {}", step, id),
        TxResult::Err(TxError::Insufficient { id, needed, available }) => {
            println!("{:2}: error: account {} needs {} but has {}", step, id, needed, available)
        }
        TxResult::Err(TxError::BankFull) => println!("{:2}: error: bank full", step),
        TxResult::Err(TxError::InvalidAmount(a)) => println!("{:2}: error: invalid amount {}", step, a),
    }
}

fn main() {
    let mut bank = Bank::new();
    let txs = [
        Tx::Open { owner: "alice", savings_rate: 0 },
        Tx::Open { owner: "bob", savings_rate: 250 },
        Tx::Deposit { id: 100, amount: 5000 },
        Tx::Deposit { id: 101, amount: 12000 },
        Tx::Withdraw { id: 100, amount: 700 },
        Tx::Withdraw { id: 100, amount: 9000 },
        Tx::Transfer { from: 101, to: 100, amount: 2500 },
        Tx::Transfer { from: 100, to: 999, amount: 1 },
        Tx::Deposit { id: 100, amount: -5 },
        Tx::ApplyInterest,
        Tx::Open { owner: "carol", savings_rate: 500 },
        Tx::Deposit { id: 102, amount: 800 },
        Tx::Close(100),
        Tx::Deposit { id: 100, amount: 10 },
        Tx::ApplyInterest,
        Tx::Open { owner: "dave", savings_rate: 0 },
        Tx::Open { owner: "erin", savings_rate: 0 },
        Tx::Open { owner: "frank", savings_rate: 0 },
        Tx::Open { owner: "grace", savings_rate: 0 },
    ];
    for i in 0..txs.len() {
        let r = bank.apply(&txs[i]);
        report(i, r);
    }
    println!("{:<6} {:>6} {:>8} {:>5}", "owner", "id", "balance", "open");
    for i in 0..bank.count {
        let a = &bank.accounts[i];
        let kind = match a.kind {
            Kind::Checking => "chk",
            Kind::Savings { .. } => "sav",
        };
        println!("{:<6} {:>6} {:>8} {:>5} {}", a.owner, a.id, a.balance, a.open, kind);
    }
}
