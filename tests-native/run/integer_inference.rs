// Integer literal type inference from later uses, function params, returns and casts.
fn half(x: u8) -> u8 {
    x / 2
}

fn wide() -> i64 {
    let v = 3000000000;
    v
}

fn main() {
    let a = 200;
    println!("{}", half(a));
    let b = 4000000000;
    let c: u32 = b;
    println!("{}", c);
    println!("{}", wide());
    let mut arr = [0; 4];
    arr[0] = 255u8;
    arr[1] = arr[0] / 5;
    println!("{} {}", arr[0], arr[1]);
    let x = 1;
    let y = x + 2i16;
    println!("{}", y);
    let z = 7;
    let idx: usize = z;
    println!("{}", idx);
    let f = 2.0;
    let g: f32 = f * 1.5;
    println!("{}", g);
    let default = 2147483647;
    println!("{}", default);
    let shift = 1u64 << 40;
    println!("{}", shift);
    let mut total = 0;
    for i in 0..10u64 {
        total += i * 1000000000;
    }
    println!("{}", total);
    let neg = -5;
    let as_i8: i8 = neg;
    println!("{}", as_i8);
}
