// Calling a &mut self method on an immutable binding.
struct Stack {
    len: usize,
}

impl Stack {
    fn push(&mut self) {
        self.len += 1;
    }
}

fn main() {
    let s = Stack { len: 0 };
    s.push(); //~ ERROR E0596
    println!("{}", s.len);
}
