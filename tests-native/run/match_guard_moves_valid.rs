// Guarded arms that bind by value: a failed guard leaves the scrutinee to the next arm, a passing one
// moves out of it; the value is dropped exactly once either way.
struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn classify(v: Option<Noisy>) -> String {
    match v {
        Some(n) if n.0.len() > 3 => format!("long {}", n.0),
        Some(n) if n.0.is_empty() => format!("empty {}", n.0),
        Some(n) => format!("short {}", n.0),
        None => "none".to_string(),
    }
}

fn main() {
    println!("{}", classify(Some(Noisy("hello".to_string()))));
    println!("{}", classify(Some(Noisy("hi".to_string()))));
    println!("{}", classify(Some(Noisy(String::new()))));
    println!("{}", classify(None));
    let pair = (Noisy("left".to_string()), 3);
    let out = match pair {
        (n, k) if k > 5 => n.0.len(),
        (n, _) => n.0.len() + 100,
    };
    println!("{}", out);
}
