// A closure that mutates a variable borrows it mutably until its last call.
fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    count += 10; //~ ERROR cannot use `count` because it was mutably borrowed
    inc();
    println!("{}", count);
}
