// panic! with format arguments after some output on both streams.
fn check_balance(balance: i64, withdrawal: i64) -> i64 {
    if withdrawal > balance {
        panic!("insufficient funds: balance {} < withdrawal {} (short by {:>6})", balance, withdrawal, withdrawal - balance);
    }
    balance - withdrawal
}

fn main() {
    let mut b = 100;
    b = check_balance(b, 30);
    println!("balance {}", b);
    eprintln!("about to overdraw");
    b = check_balance(b, 500);
    println!("balance {}", b);
}
