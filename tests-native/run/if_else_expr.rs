// if/else as statements and as expressions, else-if chains, nested ifs.
fn sign(x: i32) -> &'static str {
    if x < 0 {
        "negative"
    } else if x == 0 {
        "zero"
    } else {
        "positive"
    }
}

fn classify(n: u32) -> u32 {
    let size = if n < 10 { 1 } else if n < 100 { 2 } else { 3 };
    size * 10 + if n % 2 == 0 { 0 } else { 1 }
}

fn main() {
    println!("{} {} {}", sign(-5), sign(0), sign(12));
    println!("{} {} {}", classify(7), classify(42), classify(999));
    let x = 15;
    if x % 3 == 0 {
        if x % 5 == 0 {
            println!("fizzbuzz");
        } else {
            println!("fizz");
        }
    }
    let y = if x > 10 { x * 2 } else { x / 2 };
    println!("y = {}", y);
    let big = if y > 20 { 'B' } else { 's' };
    println!("{}", big);
    let z: f64 = if true { 1.5 } else { 2.5 };
    println!("{}", z);
    if x == 15 && y == 30 {
        println!("both");
    }
    let unit = if x > 0 {
        println!("side effect");
    };
    let () = unit;
    let nested = if x > 5 { if x > 10 { "big" } else { "mid" } } else { "small" };
    println!("{}", nested);
}
