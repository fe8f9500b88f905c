// Fixed arrays: literals, [v; N] repeat, indexing, .len(), mutation, arrays of various types.
fn main() {
    let a = [1, 2, 3, 4, 5];
    println!("len = {}, first = {}, last = {}", a.len(), a[0], a[a.len() - 1]);
    let mut b = [0i64; 8];
    for i in 0..b.len() {
        b[i] = (i * i) as i64;
    }
    for i in 0..b.len() {
        print!("{} ", b[i]);
    }
    println!();
    let flags = [true; 3];
    println!("{} {} {}", flags[0], flags[1], flags[2]);
    let chars = ['r', 'u', 's', 't'];
    for i in 0..chars.len() {
        print!("{}", chars[i]);
    }
    println!();
    let words = ["alpha", "beta", "gamma"];
    println!("{}", words[1]);
    let floats = [0.5f32; 4];
    let mut s = 0.0;
    for i in 0..4 {
        s += floats[i];
    }
    println!("{}", s);
    let empty: [i32; 0] = [];
    println!("empty len = {}", empty.len());
    let mut c = [10u8, 20, 30];
    c[1] = c[0] + c[2];
    c[2] -= 5;
    println!("{} {} {}", c[0], c[1], c[2]);
    let idx = 2;
    println!("{}", a[idx] * a[idx + 1]);
    let big = [7u16; 1000];
    let mut total: u32 = 0;
    for i in 0..big.len() {
        total += big[i] as u32;
    }
    println!("total = {}", total);
    let tup = [(1, 'a'), (2, 'b')];
    println!("{}{}", tup[1].0, tup[1].1);
}
