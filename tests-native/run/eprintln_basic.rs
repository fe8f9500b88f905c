// eprintln!/eprint! go to stderr, println! to stdout; the program still exits 0.
fn main() {
    println!("to stdout 1");
    eprintln!("to stderr 1");
    eprint!("stderr ");
    eprint!("no newline");
    eprintln!();
    let code = 42;
    eprintln!("code = {code:>5}");
    println!("to stdout 2");
    eprintln!("{:?} {:x}", "quoted", 255);
}
