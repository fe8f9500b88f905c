// Generic code used at many element types: a user Stack<T>, a ring buffer, Vec and Option methods, a
// generic max/sum. Integer types of one width share their layout, so thin monomorphization can emit one
// function for the instances that do not depend on the exact type.
struct Stack<T> {
    items: Vec<T>,
}

impl<T: Copy> Stack<T> {
    fn new() -> Stack<T> {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, x: T) {
        self.items.push(x);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<T> {
        self.items.last().copied()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

struct Ring<T> {
    buf: Vec<T>,
    head: usize,
    len: usize,
}

impl<T: Copy> Ring<T> {
    fn with_capacity(n: usize, fill: T) -> Ring<T> {
        Ring { buf: vec![fill; n], head: 0, len: 0 }
    }
    fn push(&mut self, x: T) {
        let cap = self.buf.len();
        let at = (self.head + self.len) % cap;
        self.buf[at] = x;
        if self.len < cap {
            self.len += 1;
        } else {
            self.head = (self.head + 1) % cap;
        }
    }
    fn get(&self, i: usize) -> Option<T> {
        if i < self.len { Some(self.buf[(self.head + i) % self.buf.len()]) } else { None }
    }
    fn count(&self) -> usize {
        self.len
    }
}

fn exercise<T: Copy>(values: &[T]) -> (usize, usize, bool) {
    let mut s: Stack<T> = Stack::new();
    let mut r: Ring<T> = Ring::with_capacity(4, values[0]);
    for &v in values {
        s.push(v);
        r.push(v);
    }
    let top = s.peek().is_some();
    let mut popped = 0;
    while let Some(_) = s.pop() {
        popped += 1;
    }
    let seen = (0..r.count()).filter(|&i| r.get(i).is_some()).count();
    (popped + s.len(), seen, top && s.is_empty())
}

fn main() {
    let a = exercise(&[1i32, -2, 3, 4, 5]);
    let b = exercise(&[1u32, 2, 3, 4, 5, 6]);
    let c = exercise(&[1i64, 2, 3]);
    let d = exercise(&[1u64, 2, 3, 4]);
    let e = exercise(&[1usize, 2]);
    let f = exercise(&[1isize, 2, 3, 4, 5, 6, 7]);
    let g = exercise(&['a', 'b', 'c']);
    let h = exercise(&[1.5f64, 2.5]);
    let i = exercise(&[1u16, 2, 3]);
    let j = exercise(&[1i16, 2, 3, 4]);
    let k = exercise(&[1u8, 2, 3, 4, 5]);
    let l = exercise(&[true, false]);
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", a, b, c, d, e, f);
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", g, h, i, j, k, l);
}
