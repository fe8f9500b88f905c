// Generic arguments are inferred, and mismatches are reported against the instantiated types.
fn pick<T>(c: bool, a: T, b: T) -> T {
    if c { a } else { b }
}

enum Opt<T> {
    Some(T),
    None,
}

fn main() {
    let x = pick(true, 1, "two"); //~ ERROR mismatched types
    let o: Opt<u8> = Opt::Some('c'); //~ ERROR mismatched types
    let n: Option<i32> = Some(true); //~ ERROR mismatched types
    match o {
        Opt::Some(v) => println!("{}", v),
        Opt::None => {}
    }
    println!("{:?} {:?}", x, n.is_some());
}
