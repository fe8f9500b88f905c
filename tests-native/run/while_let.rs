// `while let` driving loops over an enum-based stack and a countdown state.
enum Step {
    Continue(u32),
    Done,
}

struct Stack {
    items: [i32; 16],
    len: usize,
}

enum Popped {
    Item(i32),
    Empty,
}

impl Stack {
    fn new() -> Stack {
        Stack { items: [0; 16], len: 0 }
    }

    fn push(&mut self, v: i32) {
        self.items[self.len] = v;
        self.len += 1;
    }

    fn pop(&mut self) -> Popped {
        if self.len == 0 {
            Popped::Empty
        } else {
            self.len -= 1;
            Popped::Item(self.items[self.len])
        }
    }
}

fn step(n: u32) -> Step {
    if n == 1 {
        Step::Done
    } else if n % 2 == 0 {
        Step::Continue(n / 2)
    } else {
        Step::Continue(3 * n + 1)
    }
}

fn main() {
    let mut s = Stack::new();
    for i in 1..=5 {
        s.push(i * i);
    }
    while let Popped::Item(v) = s.pop() {
        print!("{} ", v);
    }
    println!();
    if let Popped::Empty = s.pop() {
        println!("stack empty");
    }
    let mut n = 27;
    let mut steps = 0;
    while let Step::Continue(next) = step(n) {
        n = next;
        steps += 1;
    }
    println!("27 reaches 1 in {} steps", steps);
    let mut countdown = 3;
    while let 1..=10 = countdown {
        print!("{}...", countdown);
        countdown -= 1;
    }
    println!("liftoff");
}
