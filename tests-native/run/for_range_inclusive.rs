// for over inclusive ranges a..=b, including ranges ending at the type's MAX (no overflow).
fn main() {
    for i in 1..=5 {
        print!("{} ", i);
    }
    println!();
    let mut count = 0;
    for _ in 0u8..=255 {
        count += 1;
    }
    println!("0..=255 has {} values", count);
    let mut last = 0;
    for x in 250u8..=u8::MAX {
        last = x;
    }
    println!("last = {}", last);
    let mut sum: i64 = 0;
    for x in i8::MIN..=i8::MAX {
        sum += x as i64;
    }
    println!("sum of i8 = {}", sum);
    for i in 5..=5 {
        println!("single {}", i);
    }
    for c in 'x'..='z' {
        print!("{}", c);
    }
    println!();
    let mut squares = 0;
    for i in 1..=10 {
        squares += i * i;
    }
    println!("squares = {}", squares);
    let hi = i32::MAX;
    let mut n = 0;
    for v in hi - 2..=hi {
        n += 1;
        print!("{} ", v);
    }
    println!("({})", n);
}
