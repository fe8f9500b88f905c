// #[derive(PartialOrd, Ord, Eq)] on structs and enums (discriminant order, then fields; NaN fields),
// sorting cards, enums with String fields, Option and Result; an `T: Ord` generic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Suit { Clubs, Diamonds, Hearts, Spades }

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Card { rank: u8, suit: Suit }

#[derive(Debug, PartialEq, PartialOrd)]
struct Pt { x: f64, y: f64 }

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Shape { Dot, Line(i32), Named { name: String, sides: u32 } }

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Level { Low = 10, High = 2 }

fn max_of<T: Ord + Copy>(v: &Vec<T>) -> T {
    let mut m = v[0];
    let mut i = 1;
    while i < v.len() { if v[i] > m { m = v[i]; } i += 1; }
    m
}

fn main() {
    let mut hand = vec![
        Card { rank: 10, suit: Suit::Hearts },
        Card { rank: 2, suit: Suit::Spades },
        Card { rank: 10, suit: Suit::Clubs },
        Card { rank: 14, suit: Suit::Diamonds },
        Card { rank: 2, suit: Suit::Clubs },
    ];
    hand.sort();
    println!("{:?}", hand);
    println!("{:?}", max_of(&hand));
    println!("{} {} {}", Suit::Clubs < Suit::Spades, Suit::Hearts >= Suit::Hearts, Suit::Diamonds > Suit::Hearts);
    let a = Pt { x: 1.0, y: 2.0 };
    let b = Pt { x: 1.0, y: 3.0 };
    let n = Pt { x: f64::NAN, y: 0.0 };
    println!("{} {} {} {} {}", a < b, a <= b, a > b, n < a, n >= a);
    let mut shapes = vec![
        Shape::Named { name: String::from("tri"), sides: 3 },
        Shape::Line(5),
        Shape::Dot,
        Shape::Line(-1),
        Shape::Named { name: String::from("sq"), sides: 4 },
        Shape::Named { name: String::from("sq"), sides: 2 },
    ];
    shapes.sort();
    println!("{:?}", shapes);
    println!("{}", Level::Low < Level::High);
    let mut opts = vec![Some(3), None, Some(-1), Some(10), None];
    opts.sort();
    println!("{:?}", opts);
    let mut rs: Vec<Result<u8, i8>> = vec![Err(3), Ok(9), Err(-3), Ok(1)];
    rs.sort();
    println!("{:?}", rs);
    println!("{}", Some(1) < None);
}
