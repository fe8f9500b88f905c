fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_mut<F>(mut f: F, n: u32)
where
    F: FnMut(u32),
{
    for i in 0..n {
        f(i);
    }
}

fn twice(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(f(x))
}

fn double(x: i32) -> i32 {
    x * 2
}

fn compose<A: Fn(i32) -> i32, B: Fn(i32) -> i32>(a: A, b: B, x: i32) -> i32 {
    b(a(x))
}

fn main() {
    let k = 10;
    let add_k = |x| x + k;
    println!("{}", add_k(5));
    println!("{}", apply(add_k, 1));
    println!("{}", apply(|x| x * x, 7));
    println!("{}", apply(double, 21));
    let mut total = 0;
    apply_mut(|i| total += i, 5);
    println!("total {}", total);
    println!("{}", twice(|x| x + 3, 1));
    let name = String::from("world");
    let greet = move || format!("hello {}", name);
    println!("{}", greet());
    let mut count = 0;
    let mut inc = || {
        count += 1;
        count
    };
    inc();
    inc();
    println!("inc {}", inc());
    println!("{}", compose(double, |x| x - 1, 5));
    let f = double;
    println!("{}", f(4));
    let nested = |a: i32| {
        let inner = |b: i32| a * b + k;
        inner(3)
    };
    println!("{}", nested(2));
}
