// A compile error: a string where an i32 is expected (E0308).
fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let n: i32 = "forty-two";
    println!("{}", double(n));
}
