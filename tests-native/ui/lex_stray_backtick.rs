// A stray backtick.
fn main() {
    let x = `5; //~ ERROR unknown start of token: `
    println!("{}", x);
}
