// i64 multiplication overflow while computing factorials ("attempt to multiply with overflow").
fn main() {
    let mut f: i64 = 1;
    let mut i: i64 = 1;
    while i <= 25 {
        f *= i;
        println!("{}! = {}", i, f);
        i += 1;
    }
}
