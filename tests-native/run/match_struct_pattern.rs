// Struct patterns in match and let: field literals, renaming, `..`, tuple-struct patterns.
struct Point {
    x: i32,
    y: i32,
}

struct Size(u32, u32);

fn locate(p: &Point) -> &'static str {
    match p {
        Point { x: 0, y: 0 } => "origin",
        Point { x: 0, .. } => "on y axis",
        Point { y: 0, .. } => "on x axis",
        Point { x, y } if *x == *y => "on diagonal",
        Point { x: px, y: py } if *px > 0 && *py > 0 => "first quadrant",
        _ => "elsewhere",
    }
}

fn shape(s: Size) -> &'static str {
    match s {
        Size(0, _) | Size(_, 0) => "empty",
        Size(w, h) if w == h => "square",
        Size(1, _) | Size(_, 1) => "line",
        Size(..) => "rectangle",
    }
}

fn main() {
    let pts = [
        Point { x: 0, y: 0 },
        Point { x: 0, y: 5 },
        Point { x: -2, y: 0 },
        Point { x: 3, y: 3 },
        Point { x: 4, y: 1 },
        Point { x: -4, y: 1 },
    ];
    for i in 0..pts.len() {
        println!("({}, {}) {}", pts[i].x, pts[i].y, locate(&pts[i]));
    }
    println!("{} {} {} {}", shape(Size(0, 4)), shape(Size(3, 3)), shape(Size(1, 9)), shape(Size(2, 5)));
    let Point { x: a, y: b } = Point { x: 10, y: 20 };
    println!("{}", a * b);
    let p = Point { x: 1, y: 2 };
    let Point { y, .. } = p;
    println!("{}", y);
}
