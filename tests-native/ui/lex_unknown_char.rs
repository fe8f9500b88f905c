// A character that cannot start any token.
fn main() {
    let price = 5¤; //~ ERROR unknown start of token
    println!("{}", price);
}
