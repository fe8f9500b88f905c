trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str {
        "shape"
    }
    fn describe(&self) -> f64 {
        self.area() * 2.0
    }
}

struct Circle {
    r: f64,
}
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> &'static str {
        "circle"
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}

trait Double {
    fn double(&self) -> Self;
}

impl Double for i32 {
    fn double(&self) -> i32 {
        *self * 2
    }
}

fn total<T: Shape>(a: &T, b: &T) -> f64 {
    a.area() + b.area()
}

fn report<S>(s: &S) -> f64
where
    S: Shape,
{
    println!("{} has area {}", s.name(), s.area());
    s.describe()
}

fn main() {
    let c = Circle { r: 1.0 };
    let r = Rect { w: 2.0, h: 3.5 };
    println!("{} {}", c.area(), r.area());
    println!("{} {}", c.name(), r.name());
    println!("{}", total(&c, &Circle { r: 2.0 }));
    println!("{} {}", report(&c), report(&r));
    let x: i32 = 21;
    println!("{} {}", x.double(), 5.double());
}
