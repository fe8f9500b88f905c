// Run-length encoding and decoding of strings with a peekable char iterator.
fn encode(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        if n > 1 {
            out.push_str(&n.to_string());
        }
        out.push(c);
    }
    out
}

fn decode(s: &str) -> String {
    let mut out = String::new();
    let mut count = 0;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            count = count * 10 + d;
        } else {
            let n = if count == 0 { 1 } else { count };
            for _ in 0..n {
                out.push(c);
            }
            count = 0;
        }
    }
    out
}

fn main() {
    let samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", "", "ééé ñ"];
    for s in samples.iter() {
        let e = encode(s);
        let d = decode(&e);
        println!("{:?} -> {:?} -> ok={}", s, e, d == *s);
    }
}
