// A reference to a RefCell cannot be shared with another thread (rustc: E0277, `Sync`).
use std::cell::RefCell;
use std::thread;

fn main() {
    let cell = RefCell::new(1);
    let r = &cell;
    let h = thread::spawn(move || *r.borrow() + 1); //~ ERROR `RefCell<i32>` cannot be shared between threads safely
    println!("{}", h.join().unwrap());
}
