// `dyn Fn` / `dyn FnMut` closures behind `&`, `&mut` and `Box`: stored in Vecs and struct fields,
// returned from functions, functions as objects; calls dispatch on the closure type behind the object.
fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + n)
}

fn compose(fs: Vec<Box<dyn Fn(i32) -> i32>>, x: i32) -> i32 {
    let mut v = x;
    for f in fs.iter() {
        v = f(v);
    }
    v
}

fn main() {
    let double = |x: i32| x * 2;
    println!("{}", apply(&double, 5));
    let add3 = make_adder(3);
    println!("{}", add3(10));
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), make_adder(10), Box::new(move |x| x * 3)];
    println!("{}", compose(fs, 1));
    let mut count = 0;
    let mut inc: Box<dyn FnMut()> = Box::new(|| count += 1);
    inc();
    inc();
    drop(inc);
    println!("count {}", count);
    second();
}

struct Button {
    label: String,
    on_click: Box<dyn Fn(&str) -> String>,
}

fn run_all(handlers: &[Box<dyn Fn(i32) -> i32>], x: i32) -> Vec<i32> {
    handlers.iter().map(|h| h(x)).collect()
}

fn call_twice(f: &mut dyn FnMut(i32)) {
    f(1);
    f(2);
}

fn square(x: i32) -> i32 {
    x * x
}

fn pick(n: i32) -> Box<dyn Fn(i32) -> i32> {
    if n > 0 {
        Box::new(move |x| x * n)
    } else {
        Box::new(square)
    }
}

fn second() {
    let prefix = String::from(">> ");
    let b = Button { label: "ok".to_string(), on_click: Box::new(move |who| format!("{}{} clicked", prefix, who)) };
    println!("{}: {}", b.label, (b.on_click)("alice"));
    let hs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x - 1), Box::new(square), pick(4), pick(0)];
    println!("{:?}", run_all(&hs, 7));
    let mut seen = Vec::new();
    call_twice(&mut |v| seen.push(v * 10));
    println!("{:?}", seen);
    let f: &dyn Fn() -> String = &|| "no args".to_string();
    println!("{}", f());
}
