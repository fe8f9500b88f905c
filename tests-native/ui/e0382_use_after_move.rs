// Using a struct value after it was moved into a function.
struct Token {
    id: u32,
}

fn consume(t: Token) -> u32 {
    t.id
}

fn main() {
    let t = Token { id: 7 };
    let a = consume(t);
    let b = consume(t); //~ ERROR use of moved value: `t`
    println!("{} {}", a, b);
}
