// Generic traits as objects (`dyn Container<i32>`, default methods through the object) and
// `dyn Iterator<Item = u32>` behind `Box` and `&mut`: next() dispatched on the tag, adaptors, collect and
// `for` through `Box<dyn Iterator>`.
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

fn evens(limit: u32) -> Box<dyn Iterator<Item = u32>> {
    Box::new((0..limit).filter(|x| x % 2 == 0))
}

fn total(it: &mut dyn Iterator<Item = u32>) -> u32 {
    let mut s = 0;
    while let Some(x) = it.next() {
        s += x;
    }
    s
}

fn main() {
    let cs: Vec<Box<dyn Container<i32>>> = vec![Box::new(Stack { items: vec![4, 5, 6] }), Box::new(Single(9))];
    for c in cs.iter() {
        println!("{} {:?} {:?}", c.size(), c.first(), c.get(2));
    }
    let v: Vec<u32> = evens(10).collect();
    println!("{:?}", v);
    let mut it = evens(7);
    println!("{}", total(&mut *it));
    let mut r = 1..4u32;
    println!("{}", total(&mut r));
    for x in evens(5) {
        println!("x {}", x);
    }
    let mapped: Vec<u32> = evens(9).map(|x| x * 10).collect();
    println!("{:?}", mapped);
}
