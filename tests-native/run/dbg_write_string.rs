// dbg! (location, expression text, {:#?}, returns its value; several arguments make a tuple) and
// write!/writeln! into a String through std::fmt::Write.
use std::fmt::Write;

#[derive(Debug, Clone)]
struct Point {
    x: i32,
    y: i32,
}

fn render(points: &[Point]) -> Result<String, std::fmt::Error> {
    let mut out = String::new();
    for (i, p) in points.iter().enumerate() {
        write!(out, "{}:({},{})", i, p.x, p.y)?;
        if i + 1 < points.len() {
            out.write_str(" ")?;
        }
    }
    writeln!(out)?;
    Ok(out)
}

fn append(buf: &mut String, n: u32) {
    writeln!(buf, "n = {:>4}", n).unwrap();
}

fn main() {
    let a = dbg!(2 + 3) * 2;
    let p = dbg!(Point { x: 1, y: -2 });
    let (q, r) = dbg!(a, p.clone());
    dbg!();
    println!("{} {:?} {:?}", q, r, p);
    let pts = vec![p.clone(), Point { x: 5, y: 6 }];
    print!("{}", render(&pts).unwrap());
    let mut buf = String::from("log:\n");
    append(&mut buf, 7);
    append(&mut buf, 1234);
    print!("{}", buf);
    let err = std::fmt::Error;
    println!("{:?} {}", err, dbg!(buf.len()));
}
