use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: RefCell<i64>,
    ops: Cell<u32>,
}

fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2, 3]));
    let a = Rc::clone(&shared);
    let b = shared.clone();
    a.borrow_mut().push(4);
    b.borrow_mut().push(5);
    println!("{:?} len {} count {}", shared.borrow(), shared.borrow().len(), Rc::strong_count(&shared));
    let total: i32 = shared.borrow().iter().sum();
    println!("sum {} first {:?} same {}", total, shared.borrow().first(), Rc::ptr_eq(&a, &b));
    let acct = Rc::new(Account { owner: String::from("ann"), balance: RefCell::new(100), ops: Cell::new(0) });
    let handles: Vec<Rc<Account>> = (0..3).map(|_| Rc::clone(&acct)).collect();
    for (i, h) in handles.iter().enumerate() {
        *h.balance.borrow_mut() += 10 * (i as i64 + 1);
        h.ops.set(h.ops.get() + 1);
    }
    println!("{} balance {} ops {} owners {}", acct.owner, acct.balance.borrow(), acct.ops.get(), Rc::strong_count(&acct));
    let c = Cell::new(5);
    let old = c.replace(9);
    println!("{} {} {:?}", old, c.get(), RefCell::new(7));
    let cell = RefCell::new(String::from("hi"));
    cell.borrow_mut().push_str(" there");
    let taken = cell.replace(String::from("new"));
    println!("{} {}", taken, cell.borrow());
}
