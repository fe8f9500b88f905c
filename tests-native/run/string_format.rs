fn greet(name: &str) -> String {
    format!("Hello, {}!", name)
}

fn shout(s: &str) -> usize {
    s.len()
}

fn main() {
    let mut s = String::new();
    s.push_str("abc");
    s.push('é');
    s.push('!');
    println!("{} {} {}", s, s.len(), s.is_empty());
    let g = greet("world");
    println!("{} [{:>15}] {:?}", g, g, g);
    let n = 42;
    let t = n.to_string() + "x";
    println!("{}", t);
    let mut acc = String::from("list:");
    for i in 0..5 {
        acc += " ";
        acc += &i.to_string();
    }
    println!("{}", acc);
    println!("{}", shout(&acc));
    let long = format!("{:-^2000}", "middle");
    println!("{} {}", long.len(), &long == "x");
    let owned = "static".to_string();
    println!("{} {} {}", owned == "static", owned != "other", "static" == owned);
    let v = vec![String::from("a"), format!("{}{}", 'b', 2.5)];
    println!("{:?} {}", v, v[1]);
    let c = acc.clone();
    println!("{}", c.as_str());
}
