// Early `return` from nested loops and branches; `return;` in unit functions.
fn find(target: i32) -> i32 {
    let data = [4, 8, 15, 16, 23, 42];
    for i in 0..data.len() {
        if data[i] == target {
            return i as i32;
        }
    }
    -1
}

fn describe(n: i32) {
    if n < 0 {
        println!("{} is negative", n);
        return;
    }
    if n == 0 {
        println!("zero");
        return;
    }
    println!("{} is positive", n);
}

fn first_factor(n: u32) -> u32 {
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return d;
        }
        d += 1;
    }
    return n;
}

fn nested(x: i32) -> &'static str {
    loop {
        if x > 10 {
            return "big";
        }
        match x {
            0 => return "zero",
            _ => break,
        }
    }
    "small"
}

fn main() {
    println!("{} {} {}", find(15), find(42), find(7));
    describe(-3);
    describe(0);
    describe(9);
    println!("{} {} {}", first_factor(91), first_factor(97), first_factor(1024));
    println!("{} {} {}", nested(0), nested(5), nested(50));
}
