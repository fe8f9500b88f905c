// `..base` on an enum variant (rustc: E0436).
enum Shape {
    Rect { w: u32, h: u32 },
    Dot,
}

fn main() {
    let r = Shape::Rect { w: 1, h: 2 };
    let s = Shape::Rect { w: 5, ..r }; //~ ERROR functional record update syntax requires a struct
    match s {
        Shape::Rect { w, h } => println!("{} {}", w, h),
        Shape::Dot => println!("dot"),
    }
}
