#[derive(Debug, Clone)]
struct Config {
    name: String,
    width: u32,
    height: u32,
    tags: Vec<String>,
}

fn base() -> Config {
    Config { name: "base".to_string(), width: 10, height: 20, tags: vec!["a".to_string()] }
}

fn main() {
    let a = base();
    let b = Config { width: 99, ..a.clone() };
    let c = Config { name: "c".to_string(), ..a };
    println!("{:?}", b);
    println!("{:?}", c);
    let d = Config { height: 1, ..base() };
    println!("{} {} {} {:?}", d.name, d.width, d.height, d.tags);
}
