// i32 addition overflow panics in debug builds ("attempt to add with overflow").
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(2147483000, 600));
    println!("{}", add(i32::MAX, 1));
    println!("not reached");
}
