// `|` alternatives at the top level, nested inside tuples and enum payloads, with bindings.
enum Token {
    Num(i32),
    Plus,
    Minus,
    Star,
    Slash,
    LParen,
    RParen,
}

fn is_operator(t: &Token) -> bool {
    match t {
        Token::Plus | Token::Minus | Token::Star | Token::Slash => true,
        Token::Num(_) | Token::LParen | Token::RParen => false,
    }
}

fn precedence(t: &Token) -> u8 {
    match t {
        Token::Plus | Token::Minus => 1,
        Token::Star | Token::Slash => 2,
        _ => 0,
    }
}

fn weekend(day: u8) -> bool {
    matches_day(day)
}

fn matches_day(day: u8) -> bool {
    match day {
        6 | 7 => true,
        1..=5 => false,
        _ => false,
    }
}

fn main() {
    let toks = [Token::LParen, Token::Num(3), Token::Plus, Token::Num(4), Token::RParen, Token::Star, Token::Num(5), Token::Minus, Token::Slash];
    for i in 0..toks.len() {
        print!("{}{} ", is_operator(&toks[i]) as u8, precedence(&toks[i]));
    }
    println!();
    for d in 1..=7 {
        print!("{}", if weekend(d) { 'W' } else { '.' });
    }
    println!();
    let pairs = [(1, 0), (0, 2), (3, 3), (0, 0)];
    for i in 0..pairs.len() {
        match pairs[i] {
            (0, n) | (n, 0) => println!("one zero, other {}", n),
            (a, b) => println!("no zero: {} {}", a, b),
        }
    }
    let x = Token::Num(12);
    match x {
        Token::Num(1 | 2 | 3) => println!("tiny"),
        Token::Num(10..=19 | 100) => println!("teen or hundred"),
        _ => println!("other"),
    }
    let c = 'e';
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => println!("vowel"),
        _ => println!("consonant"),
    }
}
