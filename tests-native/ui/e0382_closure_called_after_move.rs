// A value moved into a closure cannot be used by the enclosing function afterwards.
fn main() {
    let log = vec![String::from("start")];
    let print_all = move || {
        for l in &log {
            println!("{}", l);
        }
    };
    print_all();
    println!("{}", log.len()); //~ ERROR borrow of moved value: `log`
}
