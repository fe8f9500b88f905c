#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle { center: Point, r: f64 },
    Rect(Point, Point),
    Empty,
}

#[derive(Debug)]
struct Unit;

#[derive(Debug)]
struct Wrapper(u8, &'static str);

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{:?}", p);
    println!("{:#?}", p);
    let shapes = vec![Shape::Circle { center: p, r: 1.5 }, Shape::Rect(p, Point { x: 3, y: 4 }), Shape::Empty];
    println!("{:?}", shapes);
    println!("{:#?}", shapes[0]);
    let w = Wrapper(7, "hi\n");
    println!("{:?} {:?} {} {}", Unit, w, w.0, w.1.len());
    let t = (1, 'c', "s", [1.5, 2.0], ());
    println!("{:?}", t);
    println!("{:#?}", (1, [2, 3]));
    let o: Option<Point> = Some(p);
    let n: Option<i32> = None;
    let r: Result<u8, &str> = Err("bad");
    println!("{:?} {:?} {:?} {:?}", o, n, r, Some(Some(3)));
    let q = p.clone();
    println!("{} {} {}", p == q, p != Point { x: 0, y: 0 }, shapes[2] == Shape::Empty);
    println!("{}", shapes[0] == Shape::Circle { center: Point { x: 1, y: -2 }, r: 1.5 });
    assert_eq!(p, q);
    let v: Vec<Vec<i32>> = vec![vec![1, 2], vec![], vec![3]];
    println!("{:?}", v);
    println!("{:5?}|{:<4?}|", p, Some(1));
    let big = [0u8; 20];
    println!("{:?}", big);
    assert_eq!(o, None, "point {:?} should be absent", p);
}
