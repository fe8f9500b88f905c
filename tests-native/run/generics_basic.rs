struct Pair<T> {
    a: T,
    b: T,
}

impl<T> Pair<T> {
    fn new(a: T, b: T) -> Pair<T> {
        Pair { a, b }
    }
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
    fn first(&self) -> &T {
        &self.a
    }
}

enum Opt<T> {
    Some(T),
    None,
}

fn pick<T>(c: bool, x: T, y: T) -> T {
    if c { x } else { y }
}

fn unwrap_or<T>(o: Opt<T>, d: T) -> T {
    match o {
        Opt::Some(v) => v,
        Opt::None => d,
    }
}

fn main() {
    let p = Pair::new(1, 2).swap();
    println!("{} {} {}", p.a, p.b, p.first());
    let q: Pair<f64> = Pair { a: 1.5, b: 2.5 };
    let q = q.swap();
    println!("{} {}", q.a, *q.first());
    println!("{} {}", pick(true, 'x', 'y'), pick::<u8>(false, 1, 200));
    let o: Opt<i64> = Opt::Some(-5);
    let n = Opt::None;
    println!("{} {}", unwrap_or(o, 0), unwrap_or(n, 42u16));
    let nested = Pair::new(Opt::Some(3), Opt::None);
    match nested.b {
        Opt::Some(x) => println!("some {}", x),
        Opt::None => println!("none"),
    }
}
