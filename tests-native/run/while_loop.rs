// while loops: counting, conditions with side effects, nested loops.
fn main() {
    let mut i = 0;
    while i < 5 {
        print!("{} ", i);
        i += 1;
    }
    println!();
    let mut n: u64 = 1;
    let mut steps = 0;
    while n < 1000000 {
        n *= 7;
        steps += 1;
    }
    println!("n = {} after {} steps", n, steps);
    let mut row = 1;
    while row <= 4 {
        let mut col = 1;
        while col <= row {
            print!("{:3}", row * col);
            col += 1;
        }
        println!();
        row += 1;
    }
    let mut never = false;
    while never {
        println!("not printed");
        never = false;
    }
    let mut a = 48;
    let mut b = 18;
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    println!("gcd = {}", a);
}
