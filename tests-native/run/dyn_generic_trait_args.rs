// One generic trait, several instances as objects: each `dyn Convert<T>` dispatches among the types
// that implement that instance.
trait Container<T> {
    fn get(&self, i: usize) -> Option<&T>;
    fn first(&self) -> Option<&T> {
        self.get(0)
    }
    fn size(&self) -> usize;
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Container<T> for Stack<T> {
    fn get(&self, i: usize) -> Option<&T> {
        self.items.get(i)
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

struct Single(i32);

impl Container<i32> for Single {
    fn get(&self, i: usize) -> Option<&i32> {
        if i == 0 { Some(&self.0) } else { None }
    }
    fn size(&self) -> usize {
        1
    }
}

trait Convert<T> {
    fn convert(&self, x: T) -> String;
}

struct Hex;
struct Stars;

impl Convert<u32> for Hex {
    fn convert(&self, x: u32) -> String {
        format!("{:x}", x)
    }
}

impl Convert<u32> for Stars {
    fn convert(&self, x: u32) -> String {
        "*".repeat(x as usize)
    }
}

impl Convert<&str> for Stars {
    fn convert(&self, x: &str) -> String {
        format!("*{}*", x)
    }
}

fn main() {
    let cs: Vec<Box<dyn Container<i32>>> = vec![Box::new(Stack { items: vec![4, 5, 6] }), Box::new(Single(9))];
    for c in cs.iter() {
        println!("{} {:?} {:?}", c.size(), c.first(), c.get(2));
    }
    let words: Box<dyn Container<String>> = Box::new(Stack { items: vec!["x".to_string(), "y".to_string()] });
    println!("{:?} {}", words.get(1), words.size());
    let convs: Vec<&dyn Convert<u32>> = vec![&Hex, &Stars];
    for c in &convs {
        println!("{}", c.convert(11));
    }
    let s: &dyn Convert<&str> = &Stars;
    println!("{}", s.convert("hi"));
}
