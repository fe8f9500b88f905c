fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|x| x % 2 == 0)
}

fn squares<'a>(v: &'a Vec<i32>) -> impl Iterator<Item = i32> + 'a {
    v.iter().map(|x| x * x)
}

fn compose<F: Fn(i32) -> i32, G: Fn(i32) -> i32>(f: F, g: G) -> impl Fn(i32) -> i32 {
    move |x| g(f(x))
}

fn main() {
    let add5 = make_adder(5);
    println!("{}", add5(10));
    let mut c = counter();
    c();
    c();
    println!("{}", c());
    let e: Vec<u32> = evens(10).collect();
    println!("{:?}", e);
    println!("{}", evens(100).sum::<u32>());
    for x in evens(7) {
        print!("{} ", x);
    }
    println!();
    let v = vec![1, 2, 3];
    println!("{:?}", squares(&v).collect::<Vec<_>>());
    let h = compose(make_adder(1), |x| x * 10);
    println!("{}", h(4));
}
