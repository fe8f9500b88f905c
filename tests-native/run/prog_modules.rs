// Modules: nested modules, paths, `use` trees, visibility, same names in different modules.
mod shapes {
    pub const UNIT: f64 = 1.0;
    #[derive(Debug, Clone, PartialEq)]
    pub enum Shape {
        Circle(f64),
        Rect { w: f64, h: f64 },
    }
    pub trait Area {
        fn area(&self) -> f64;
    }
    impl Area for Shape {
        fn area(&self) -> f64 {
            match self {
                Shape::Circle(r) => 3.0 * r * r,
                Shape::Rect { w, h } => w * h * super::shapes::UNIT,
            }
        }
    }
    pub fn describe(s: &Shape) -> String {
        format!("{:?} has area {}", s, s.area())
    }
    pub mod util {
        pub type Pair = (i32, i32);
        pub fn swap(p: Pair) -> Pair {
            (p.1, p.0)
        }
        pub fn label() -> &'static str {
            "util"
        }
        pub fn parent_unit() -> f64 {
            super::UNIT * 2.0
        }
    }
}

mod counter {
    pub struct Counter {
        count: u32,
    }
    impl Counter {
        pub fn new() -> Counter {
            Counter { count: 0 }
        }
        pub fn bump(&mut self) -> u32 {
            self.count += 1;
            self.count
        }
    }
    pub fn label() -> &'static str {
        "counter"
    }
}

use counter::Counter;
use shapes::util::{self, swap as flip};
use shapes::{Area, Shape};
use shapes::Shape::*;

fn label() -> &'static str {
    "root"
}

fn main() {
    let s = Circle(2.0);
    let r = shapes::Shape::Rect { w: 2.0, h: 3.5 };
    println!("{}", shapes::describe(&s));
    println!("{}", shapes::describe(&r));
    println!("{} {}", s.area(), r.area());
    let all: Vec<Shape> = vec![s.clone(), r.clone(), Rect { w: 1.0, h: 1.0 }];
    let total: f64 = all.iter().map(|x| x.area()).sum();
    println!("total {}", total);
    println!("{:?} {:?}", flip((1, 2)), util::swap((3, 4)));
    let p: shapes::util::Pair = (5, 6);
    println!("{:?}", crate::shapes::util::swap(p));
    println!("{} {} {} {}", label(), counter::label(), util::label(), self::label());
    let mut c = Counter::new();
    c.bump();
    println!("count {}", c.bump());
    println!("{} {}", shapes::UNIT, shapes::util::parent_unit());
    if let Circle(radius) = s {
        println!("radius {}", radius);
    }
    match r {
        Shape::Rect { w, .. } if w > 1.0 => println!("wide {}", w),
        _ => println!("other"),
    }
}
