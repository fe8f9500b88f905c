// Named-field structs: construction, field access, mutation, field init shorthand, nesting.
struct Point {
    x: i32,
    y: i32,
}

struct Rect {
    top_left: Point,
    bottom_right: Point,
    label: &'static str,
}

fn make_point(x: i32, y: i32) -> Point {
    Point { x, y }
}

fn area(r: &Rect) -> i32 {
    (r.bottom_right.x - r.top_left.x) * (r.bottom_right.y - r.top_left.y)
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("p = ({}, {})", p.x, p.y);
    let mut q = make_point(10, 20);
    q.x += 5;
    q.y = q.x * 2;
    println!("q = ({}, {})", q.x, q.y);
    let r = Rect {
        top_left: Point { x: 0, y: 0 },
        bottom_right: make_point(4, 3),
        label: "box",
    };
    println!("{} area = {}", r.label, area(&r));
    let mut r2 = Rect { label: "moved", top_left: p, bottom_right: q };
    r2.bottom_right.y -= 1;
    println!("{}: ({}, {}) - ({}, {}) area = {}", r2.label, r2.top_left.x, r2.top_left.y,
             r2.bottom_right.x, r2.bottom_right.y, area(&r2));
    let Point { x, y } = make_point(7, 8);
    println!("{} {}", x, y);
    let Point { x: px, .. } = r2.top_left;
    println!("{}", px);
}
