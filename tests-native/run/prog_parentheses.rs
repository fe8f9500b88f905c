// Balanced brackets with a stack, generating all balanced strings of n pairs, and Catalan numbers.
fn balanced(s: &str) -> Result<(), (usize, char)> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    for (i, c) in s.chars().enumerate() {
        match c {
            '(' | '[' | '{' => stack.push((i, c)),
            ')' | ']' | '}' => {
                let want = match c { ')' => '(', ']' => '[', _ => '{' };
                match stack.pop() {
                    Some((_, open)) if open == want => {}
                    _ => return Err((i, c)),
                }
            }
            _ => {}
        }
    }
    match stack.pop() {
        Some(unclosed) => Err(unclosed),
        None => Ok(()),
    }
}

fn generate(open: usize, close: usize, cur: &mut String, out: &mut Vec<String>) {
    if open == 0 && close == 0 {
        out.push(cur.clone());
        return;
    }
    if open > 0 {
        cur.push('(');
        generate(open - 1, close + 1, cur, out);
        cur.pop();
    }
    if close > 0 {
        cur.push(')');
        generate(open, close - 1, cur, out);
        cur.pop();
    }
}

fn main() {
    for s in ["(a[b]{c})", "([)]", "((x)", "}{", "fn main() { let v = vec![1, (2)]; }"] {
        match balanced(s) {
            Ok(()) => println!("{:<40} ok", s),
            Err((i, c)) => println!("{:<40} error at {} ({:?})", s, i, c),
        }
    }
    let mut out = Vec::new();
    generate(3, 0, &mut String::new(), &mut out);
    println!("{}: {}", out.len(), out.join(" "));
    let catalan: Vec<u64> = (0..15).scan(1u64, |c, n| {
        let cur = *c;
        *c = *c * 2 * (2 * n + 1) / (n + 2);
        Some(cur)
    }).collect();
    println!("{:?}", catalan);
}
