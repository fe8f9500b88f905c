// A spawned closure must own what it uses: borrowing a local is E0373 (the thread may outlive it).
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let h = thread::spawn(|| v.len()); //~ ERROR closure may outlive the current function, but it borrows `v`, which is owned by the current function
    println!("{}", h.join().unwrap());
}
