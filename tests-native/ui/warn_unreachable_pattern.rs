// Arms after a catch-all, and duplicated literal arms, are unreachable (warning only).
fn describe(n: u32) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        1 => "uno", //~ WARN unreachable pattern
        _ => "many",
    }
}

fn sign(x: i32) -> i32 {
    match x {
        i32::MIN..=-1 => -1,
        0 => 0,
        _ => 1,
        5 => 5, //~ WARN unreachable pattern
    }
}

fn main() {
    println!("{} {}", describe(1), sign(-4));
}
