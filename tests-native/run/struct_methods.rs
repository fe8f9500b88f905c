// impl blocks: &self, &mut self and self (consuming) methods; associated functions; chaining.
struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    fn new() -> Counter {
        Counter { count: 0, step: 1 }
    }

    fn with_step(step: u32) -> Self {
        Self { count: 0, step }
    }

    fn tick(&mut self) {
        self.count += self.step;
    }

    fn tick_n(&mut self, n: u32) {
        for _ in 0..n {
            self.tick();
        }
    }

    fn get(&self) -> u32 {
        self.count
    }

    fn is_past(&self, limit: u32) -> bool {
        self.get() > limit
    }

    fn finish(self) -> u32 {
        self.count * 10
    }

    fn reset(mut self) -> Counter {
        self.count = 0;
        self
    }
}

impl Counter {
    fn describe(&self) -> &'static str {
        if self.count == 0 { "fresh" } else { "used" }
    }
}

fn main() {
    let mut c = Counter::new();
    c.tick();
    c.tick();
    println!("count = {}", c.get());
    let mut d = Counter::with_step(5);
    d.tick_n(4);
    println!("d = {}, past 15: {}, past 25: {}", d.get(), d.is_past(15), d.is_past(25));
    println!("{}", d.describe());
    let d = d.reset();
    println!("{} {}", d.get(), d.describe());
    println!("finish = {}", c.finish());
    let mut e = Counter::with_step(3);
    let r = &mut e;
    r.tick();
    r.tick();
    println!("e = {}", e.get());
    println!("{}", Counter::new().get());
}
