// Shapes through a trait with static dispatch: generic functions, trait bounds, impl Trait arguments,
// sorting by area with partial_cmp, and a summary with iterators.
trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> String;
}

#[derive(Debug, Clone, Copy)]
struct Circle {
    r: f64,
}

#[derive(Debug, Clone, Copy)]
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * std::f64::consts::PI * self.r
    }
    fn name(&self) -> String {
        format!("circle(r={})", self.r)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn name(&self) -> String {
        format!("rect({}x{})", self.w, self.h)
    }
}

fn describe(s: &impl Shape) -> String {
    format!("{:<14} area {:>8.3} perimeter {:>7.3}", s.name(), s.area(), s.perimeter())
}

fn largest<S: Shape + Copy>(shapes: &[S]) -> S {
    let mut best = shapes[0];
    for s in shapes {
        if s.area() > best.area() {
            best = *s;
        }
    }
    best
}

fn main() {
    let mut circles = vec![Circle { r: 1.5 }, Circle { r: 0.5 }, Circle { r: 2.25 }];
    let rects = [Rect { w: 3.0, h: 4.0 }, Rect { w: 10.0, h: 0.5 }];
    circles.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    for c in &circles {
        println!("{}", describe(c));
    }
    for r in rects.iter() {
        println!("{}", describe(r));
    }
    println!("largest circle: {:?}", largest(&circles));
    println!("largest rect: {:?}", largest(&rects));
    let total: f64 = circles.iter().map(|c| c.area()).sum::<f64>() + rects.iter().map(|r| r.area()).sum::<f64>();
    println!("total area {:.4}", total);
}
