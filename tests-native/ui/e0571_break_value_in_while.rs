// `break` with a value is only allowed in `loop`.
fn main() {
    let mut n = 3;
    while n > 0 {
        n -= 1;
        if n == 1 {
            break 5; //~ ERROR E0571
        }
    }
    println!("{}", n);
}
