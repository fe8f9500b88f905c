// A match binding moves the payload out of the scrutinee.
fn main() {
    let opt = Some(String::from("x"));
    match opt {
        Some(s) => println!("{}", s),
        None => {}
    }
    println!("{:?}", opt); //~ ERROR borrow of partially moved value: `opt`
}
