fn main() {
    let r: Result<i32, String> = Ok(3);
    println!("{}", r.unwrap());
    let e: Result<i32, String> = Err(String::from("boom"));
    println!("{}", e.expect("needed"));
}
