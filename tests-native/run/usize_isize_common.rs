// usize/isize arithmetic whose results do not depend on the pointer width.
fn sum_to(n: usize) -> usize {
    let mut s = 0;
    let mut i = 1;
    while i <= n {
        s += i;
        i += 1;
    }
    s
}

fn main() {
    let n: usize = 100;
    println!("sum_to(100) = {}", sum_to(n));
    let a: isize = -42;
    let b: isize = 7;
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    let len: usize = 10;
    let idx = len - 3;
    println!("idx = {}", idx);
    println!("as i64 = {}", (a as i64) * 1000000);
    println!("usize from u8 = {}", 200u8 as usize);
    let arr = [10, 20, 30, 40];
    let mut k: usize = 0;
    while k < arr.len() {
        print!("{} ", arr[k]);
        k += 1;
    }
    println!();
    println!("{}", usize::MIN);
}
