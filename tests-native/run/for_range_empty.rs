// Empty and reversed ranges do not iterate; loop variables are fresh per iteration.
fn main() {
    for i in 5..3 {
        println!("never {}", i);
    }
    for i in 3..3 {
        println!("never {}", i);
    }
    for i in 4..=3 {
        println!("never {}", i);
    }
    let lo: i64 = -2;
    let hi: i64 = -5;
    let mut ran = false;
    for _ in lo..hi {
        ran = true;
    }
    println!("ran = {}", ran);
    let mut total = 0;
    for i in 0..4 {
        let i = i * 10;
        total += i;
    }
    println!("total = {}", total);
    for mut i in 0..3 {
        i *= 100;
        print!("{} ", i);
    }
    println!();
    let top = 0usize;
    for i in 0..top {
        println!("never {}", i);
    }
    println!("done");
}
