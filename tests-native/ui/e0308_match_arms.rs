// match arms of different types.
fn main() {
    let n = 3;
    let s = match n {
        0 => "zero",
        1 => 'o', //~ ERROR `match` arms have incompatible types
        _ => "many",
    };
    println!("{}", s);
}
