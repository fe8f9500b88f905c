fn find(xs: &[i32; 5], want: i32) -> Option<usize> {
    for i in 0..xs.len() {
        if xs[i] == want {
            return Some(i);
        }
    }
    None
}

fn parse_digit(c: char) -> Result<u32, &'static str> {
    if c >= '0' && c <= '9' { Ok(c as u32 - '0' as u32) } else { Err("not a digit") }
}

fn main() {
    let xs = [4, 8, 15, 16, 23];
    match find(&xs, 15) {
        Some(i) => println!("found at {}", i),
        None => println!("missing"),
    }
    let r = find(&xs, 42);
    println!("{} {} {}", r.is_some(), r.is_none(), r.unwrap_or(99));
    if let Some(i) = find(&xs, 23) {
        println!("23 at {}", i);
    }
    let d = parse_digit('7');
    let e = parse_digit('x');
    println!("{} {}", d.is_ok(), e.is_err());
    match e {
        Ok(v) => println!("{}", v),
        Err(msg) => println!("error: {}", msg),
    }
    println!("{}", d.unwrap_or(0) + parse_digit('2').ok().unwrap());
    let o: Option<i32> = None;
    println!("{}", o.expect("value should be present"));
}
