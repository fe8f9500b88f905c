// Two errors in two functions and warnings in other, error-free functions.
fn first(v: i32) -> i32 {
    v + true //~ ERROR cannot add `bool` to `i32`
}

fn second(v: i32) -> i32 {
    let w: i32 = v;
    w.len() //~ ERROR no method named `len` found for type `i32` in the current scope
}

fn third(v: u8) -> u8 {
    match v {
        0..=200 => 1,
        100 => 2, //~ WARN unreachable pattern
        _ => 3,
    }
}

fn fourth() -> i32 {
    let unused = 4; //~ WARN unused variable: `unused`
    5
}

fn main() {
    println!("{} {} {} {}", first(1), second(2), third(3), fourth());
}
