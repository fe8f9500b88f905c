// A guarded arm's by-value bindings move out of the scrutinee once the guard holds (rustc: E0382 with
// both arms' moves labeled).
fn main() {
    let opt = Some(String::from("hello"));
    match opt {
        Some(s) if s.len() > 3 => println!("long {}", s),
        Some(s) => println!("short {}", s),
        None => println!("none"),
    }
    println!("{:?}", opt); //~ ERROR borrow of partially moved value: `opt`
}
