use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

enum Suit {
    Hearts,
    Spades,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Suit::Hearts => "♥",
            Suit::Spades => "♠",
        };
        f.write_str(s)
    }
}

impl fmt::Debug for Suit {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Suit::Hearts => write!(f, "Hearts"),
            Suit::Spades => write!(f, "Spades"),
        }
    }
}

struct Card {
    rank: u8,
    suit: Suit,
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}{}", self.rank, self.suit)?;
        writeln!(f, " [{:?}]", self.suit)
    }
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("p = {}", p);
    let s = format!("{} and {}", p, Point { x: 0, y: 1 });
    println!("{}", s);
    let c = Card { rank: 10, suit: Suit::Spades };
    print!("{}", c);
    println!("{} {:?}", Suit::Hearts, Suit::Hearts);
    let cards = vec![Card { rank: 1, suit: Suit::Hearts }];
    for card in &cards {
        print!("card: {}", card);
    }
    println!("{}", p.to_string().len());
}
