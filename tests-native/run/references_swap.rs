// Swapping through two &mut parameters; mutable references in loops.
fn swap(a: &mut i32, b: &mut i32) {
    let t = *a;
    *a = *b;
    *b = t;
}

fn sort3(a: &mut i32, b: &mut i32, c: &mut i32) {
    if *a > *b {
        swap(a, b);
    }
    if *b > *c {
        swap(b, c);
    }
    if *a > *b {
        swap(a, b);
    }
}

fn minmax(v: &[i32; 5], lo: &mut i32, hi: &mut i32) {
    *lo = v[0];
    *hi = v[0];
    for i in 1..v.len() {
        if v[i] < *lo {
            *lo = v[i];
        }
        if v[i] > *hi {
            *hi = v[i];
        }
    }
}

fn main() {
    let mut x = 1;
    let mut y = 2;
    swap(&mut x, &mut y);
    println!("{} {}", x, y);
    let mut a = 9;
    let mut b = -1;
    let mut c = 4;
    sort3(&mut a, &mut b, &mut c);
    println!("{} {} {}", a, b, c);
    let data = [4, -7, 19, 0, 3];
    let mut lo = 0;
    let mut hi = 0;
    minmax(&data, &mut lo, &mut hi);
    println!("lo {} hi {}", lo, hi);
    let mut arr = [5, 4, 3, 2, 1];
    let mut i = 0;
    while i + 1 < arr.len() {
        let mut first = arr[i];
        let mut second = arr[i + 1];
        swap(&mut first, &mut second);
        arr[i] = first;
        arr[i + 1] = second;
        i += 2;
    }
    println!("{} {} {} {} {}", arr[0], arr[1], arr[2], arr[3], arr[4]);
}
