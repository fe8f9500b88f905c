// Lifetimes in signatures that rustc accepts: a result borrowed from `&'a self` or from the parameter
// that carries `'a`, other reference parameters only read (a lookup key, an index).
use std::collections::HashMap;
struct Store {
    items: HashMap<String, String>,
}
impl Store {
    fn get<'a>(&'a self, key: &str) -> &'a str {
        self.items.get(key).map(|s| s.as_str()).unwrap_or("none")
    }
}
fn first<'a>(x: &'a str, y: &str) -> &'a str {
    println!("{}", y);
    x
}
fn pick<'a>(v: &'a [i32], i: &usize) -> &'a i32 {
    &v[*i]
}
fn main() {
    let mut m = HashMap::new();
    m.insert("k".to_string(), "v".to_string());
    let s = Store { items: m };
    println!("{} {} {}", s.get("k"), first("a", "b"), pick(&[1, 2, 3], &1));
}
