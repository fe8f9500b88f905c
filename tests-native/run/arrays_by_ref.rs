// Arrays passed by value (copied), by & and by &mut to functions.
fn sum(a: &[i32; 6]) -> i32 {
    let mut s = 0;
    for i in 0..a.len() {
        s += a[i];
    }
    s
}

fn double_all(a: &mut [i32; 6]) {
    for i in 0..a.len() {
        a[i] *= 2;
    }
}

fn by_value(mut a: [i32; 6]) -> i32 {
    a[0] = 1000;
    a[0] + a[5]
}

fn reverse(a: &mut [i32; 6]) {
    let n = a.len();
    for i in 0..n / 2 {
        let t = a[i];
        a[i] = a[n - 1 - i];
        a[n - 1 - i] = t;
    }
}

fn make() -> [u8; 4] {
    [9, 8, 7, 6]
}

fn main() {
    let mut a = [1, 2, 3, 4, 5, 6];
    println!("sum = {}", sum(&a));
    double_all(&mut a);
    println!("sum = {}", sum(&a));
    println!("by_value = {}", by_value(a));
    println!("a[0] still {}", a[0]);
    reverse(&mut a);
    for i in 0..a.len() {
        print!("{} ", a[i]);
    }
    println!();
    let r = &a;
    println!("r[2] = {}, len = {}", r[2], r.len());
    let m = &mut a;
    m[0] = 77;
    println!("a[0] = {}", a[0]);
    let b = make();
    println!("{} {}", b[0], b[3]);
}
