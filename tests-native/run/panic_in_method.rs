// A panic inside a method reports the location inside the method body.
struct Buffer {
    data: [u8; 4],
    len: usize,
}

impl Buffer {
    fn push(&mut self, v: u8) {
        if self.len == self.data.len() {
            panic!("buffer full ({} items), cannot push {}", self.len, v);
        }
        self.data[self.len] = v;
        self.len += 1;
    }
}

fn main() {
    let mut b = Buffer { data: [0; 4], len: 0 };
    for i in 0..10 {
        b.push(i * 3);
        println!("pushed {} (len {})", i * 3, b.len);
    }
    println!("{}", b.data[0]);
}
