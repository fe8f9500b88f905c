// Non-exhaustive matches in two functions plus a type error in a third.
enum Dir {
    Up,
    Down,
    Left,
    Right,
}

fn dx(d: Dir) -> i32 {
    match d { //~ ERROR non-exhaustive patterns: `Dir::Up` and `Dir::Down` not covered
        Dir::Left => -1,
        Dir::Right => 1,
    }
}

fn bucket(n: u8) -> u8 {
    match n { //~ ERROR non-exhaustive patterns: `100_u8..=u8::MAX` not covered
        0..=9 => 0,
        10..=99 => 1,
    }
}

fn label(b: bool) -> &'static str {
    let s = if b { "yes" } else { 0 }; //~ ERROR `if` and `else` have incompatible types
    s
}

fn main() {
    println!("{} {} {}", dx(Dir::Up), bucket(5), label(true));
    println!("{}", dx(Dir::Down));
}
