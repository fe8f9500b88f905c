// Range patterns a..=b on integers and chars, including negative and type-limit bounds.
fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        60..=69 => 'D',
        0..=59 => 'F',
        _ => '?',
    }
}

fn kind(c: char) -> &'static str {
    match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        ' ' | '\t' | '\n' => "space",
        _ => "other",
    }
}

fn bucket(t: i32) -> &'static str {
    match t {
        i32::MIN..=-1 => "below zero",
        0 => "zero",
        1..=9 => "small",
        10..=99 => "medium",
        100..=i32::MAX => "large",
    }
}

fn byte_class(b: u8) -> u8 {
    match b {
        0..=31 => 0,
        32..=126 => 1,
        127 => 2,
        128..=255 => 3,
    }
}

fn main() {
    let scores = [100, 95, 85, 72, 64, 10, 101];
    for i in 0..scores.len() {
        print!("{}", grade(scores[i]));
    }
    println!();
    let chars = ['q', 'Q', '5', ' ', '#', '\n'];
    for i in 0..chars.len() {
        print!("{} ", kind(chars[i]));
    }
    println!();
    let temps = [-40, 0, 7, 42, 1000, i32::MIN, i32::MAX];
    for i in 0..temps.len() {
        println!("{} is {}", temps[i], bucket(temps[i]));
    }
    println!("{} {} {} {}", byte_class(10), byte_class(65), byte_class(127), byte_class(200));
    let f = 2.5;
    let desc = match f {
        x if x < 0.0 => "negative",
        x if x < 1.0 => "fraction",
        _ => "large",
    };
    println!("{}", desc);
}
