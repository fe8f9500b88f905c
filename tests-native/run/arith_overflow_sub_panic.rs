// Unsigned subtraction below zero panics ("attempt to subtract with overflow").
fn countdown(start: u32, step: u32) -> u32 {
    let mut n = start;
    loop {
        println!("n = {}", n);
        n -= step;
    }
}

fn main() {
    println!("{}", countdown(10, 4));
}
