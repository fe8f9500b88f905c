// `&String` returned where `&str` is declared (a function tail, a tuple element): the coercion applies.
struct S { name: String }
impl S {
    fn one(&self) -> &str { &self.name }
    fn two(&self) -> &str { self.name.as_str() }
}
fn three(s: &String) -> &str { s }
fn main() {
    let s = S { name: String::from("abc") };
    let t = s.one();
    println!("[{}] {}", t, t.len());
    println!("{}", s.one().len());
    println!("{}", s.two().len());
    println!("{}", three(&s.name).len());
    let u: &str = &s.name;
    println!("{}", u.len());
    second();
}

struct T { items: Vec<i32>, name: String }
impl T {
    fn pair(&mut self) -> (&str, &mut Vec<i32>) { (&self.name, &mut self.items) }
}

#[allow(dead_code)]
fn second() {
    let mut t = T { items: vec![7], name: String::from("abcd") };
    let (nm, items) = t.pair();
    items.push(nm.len() as i32);
    let names: [&str; 2] = [&t.name, "lit"];
    println!("{:?} {:?}", t.items, names);
}
