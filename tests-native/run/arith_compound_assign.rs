// Every compound assignment operator, on locals, fields and array elements.
struct Acc {
    v: i32,
}

fn main() {
    let mut x = 100;
    x += 5;
    println!("+= {}", x);
    x -= 20;
    println!("-= {}", x);
    x *= 3;
    println!("*= {}", x);
    x /= 4;
    println!("/= {}", x);
    x %= 17;
    println!("%= {}", x);
    x <<= 4;
    println!("<<= {}", x);
    x >>= 2;
    println!(">>= {}", x);
    x &= 0b1111;
    println!("&= {}", x);
    x |= 0b1_0000;
    println!("|= {}", x);
    x ^= 0xff;
    println!("^= {}", x);

    let mut a = [1u8, 2, 3, 4];
    a[0] += 10;
    a[1] *= 50;
    a[2] <<= 3;
    a[3] ^= 0xf0;
    println!("{} {} {} {}", a[0], a[1], a[2], a[3]);

    let mut acc = Acc { v: 7 };
    acc.v *= 6;
    acc.v -= 2;
    println!("acc = {}", acc.v);

    let mut f = 1.5f64;
    f += 2.25;
    f *= 2.0;
    f /= 3.0;
    f -= 0.5;
    println!("f = {}", f);
    let mut r = 10.0f32;
    r %= 3.0;
    println!("r = {}", r);
}
