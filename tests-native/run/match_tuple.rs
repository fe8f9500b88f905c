// Tuple patterns: FizzBuzz on (n % 3, n % 5), wildcards in positions, nested tuples.
fn fizzbuzz(n: u32) {
    match (n % 3, n % 5) {
        (0, 0) => println!("FizzBuzz"),
        (0, _) => println!("Fizz"),
        (_, 0) => println!("Buzz"),
        _ => println!("{}", n),
    }
}

fn quadrant(p: (i32, i32)) -> &'static str {
    match p {
        (0, 0) => "origin",
        (0, _) | (_, 0) => "axis",
        (x, y) if x > 0 && y > 0 => "I",
        (x, y) if x < 0 && y > 0 => "II",
        (x, _) if x < 0 => "III",
        _ => "IV",
    }
}

fn logic(a: bool, b: bool) -> &'static str {
    match (a, b) {
        (true, true) => "both",
        (true, false) | (false, true) => "one",
        (false, false) => "neither",
    }
}

fn main() {
    for n in 1..=15 {
        fizzbuzz(n);
    }
    let pts = [(0, 0), (0, 5), (3, 4), (-3, 4), (-1, -1), (2, -2)];
    for i in 0..pts.len() {
        print!("{} ", quadrant(pts[i]));
    }
    println!();
    println!("{} {} {}", logic(true, true), logic(false, true), logic(false, false));
    let nested = ((1, 2), (3, 'x'));
    match nested {
        ((1, b), (c, 'x')) => println!("matched {} {}", b, c),
        _ => println!("nope"),
    }
    let t = (1, 2, 3, 4);
    let (first, .., last) = t;
    println!("{} {}", first, last);
    match t {
        (1, .., 4) => println!("starts 1 ends 4"),
        _ => println!("other"),
    }
}
