// Integer remainder by zero panics ("attempt to calculate the remainder with a divisor of zero").
fn rem(a: i32, b: i32) -> i32 {
    a % b
}

fn main() {
    println!("{}", rem(17, 5));
    println!("{}", rem(-17, 5));
    println!("{}", rem(17, 0));
}
