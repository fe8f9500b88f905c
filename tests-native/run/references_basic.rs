// Shared and mutable references to locals, explicit deref, references passed to functions.
fn add_one(x: &mut i32) {
    *x += 1;
}

fn read(x: &i32) -> i32 {
    *x * 2
}

fn largest(a: &i32, b: &i32) -> i32 {
    if *a > *b { *a } else { *b }
}

fn main() {
    let mut n = 10;
    add_one(&mut n);
    add_one(&mut n);
    println!("n = {}", n);
    println!("read = {}", read(&n));
    let r = &n;
    let rr = &r;
    println!("{} {} {}", *r, **rr, r);
    let m = &mut n;
    *m *= 3;
    println!("n = {}", n);
    let a = 5;
    let b = 9;
    println!("largest = {}", largest(&a, &b));
    let mut x = 1.5;
    let px = &mut x;
    *px = *px * 4.0;
    println!("x = {}", x);
    let c = 'q';
    let pc = &c;
    println!("{}", *pc == 'q');
    let mut flag = false;
    {
        let f = &mut flag;
        *f = !*f;
    }
    println!("flag = {}", flag);
    let y = 7;
    let ry = &y;
    let copy = *ry;
    println!("{}", copy + *ry);
}
