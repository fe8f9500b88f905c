// thread::spawn needs a closure that can be sent to another thread: an Rc cannot (rustc: E0277).
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(vec![1, 2, 3]);
    let h = thread::spawn(move || shared.len()); //~ ERROR `Rc<Vec<i32>>` cannot be sent between threads safely
    println!("{}", h.join().unwrap());
}
