// for over half-open ranges a..b with literal, variable and expression bounds.
fn main() {
    for i in 0..5 {
        print!("{} ", i);
    }
    println!();
    let n = 4;
    let mut sum = 0;
    for i in 1..n * 3 {
        sum += i;
    }
    println!("sum = {}", sum);
    for i in -3..3 {
        print!("{} ", i);
    }
    println!();
    let start: u8 = 250;
    for b in start..255 {
        print!("{} ", b);
    }
    println!();
    let mut product: u64 = 1;
    for k in 1..21 {
        product *= k;
    }
    println!("20! = {}", product);
    for c in 'a'..'f' {
        print!("{}", c);
    }
    println!();
    let arr = [3, 1, 4, 1, 5, 9, 2, 6];
    let mut max = arr[0];
    for i in 1..arr.len() {
        if arr[i] > max {
            max = arr[i];
        }
    }
    println!("max = {}", max);
    let mut m = 10;
    for _ in 0..m {
        m += 1;
    }
    println!("m = {} (range bounds evaluated once)", m);
}
