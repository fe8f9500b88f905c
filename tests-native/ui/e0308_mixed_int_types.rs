// No implicit widening between integer types.
fn takes_i64(v: i64) -> i64 {
    v
}

fn main() {
    let a: i32 = 7;
    let b: i64 = takes_i64(a); //~ ERROR mismatched types
    let c: u8 = 1;
    let d: u32 = c; //~ ERROR mismatched types
    println!("{} {}", b, d);
}
