// A data-processing pipeline built from boxed-free closures: stages composed by a generic function,
// configuration captured by move, counters captured by mutable reference.
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn apply_all<T: Copy, F: Fn(T) -> T>(items: &mut Vec<T>, f: F) {
    for x in items.iter_mut() {
        *x = f(*x);
    }
}

fn count_where<T, P: FnMut(&T) -> bool>(items: &Vec<T>, mut pred: P) -> usize {
    let mut n = 0;
    for x in items {
        if pred(x) {
            n += 1;
        }
    }
    n
}

fn main() {
    let scale = 3;
    let offset = -4;
    let transform = compose(move |x: i32| x * scale, move |y: i32| y + offset);
    let mut data: Vec<i32> = (1..=8).collect();
    apply_all(&mut data, &transform);
    println!("{:?}", data);
    let to_label = compose(|x: i32| x * x, |sq: i32| format!("<{}>", sq));
    println!("{}", data.iter().map(|&x| to_label(x)).collect::<Vec<_>>().join(""));
    let mut checked = 0;
    let positives = count_where(&data, |x| {
        checked += 1;
        *x > 0
    });
    println!("{} positive of {} checked", positives, checked);
    let thresholds = [0, 5, 10];
    let counters: Vec<usize> = thresholds.iter().map(|&t| count_where(&data, |&x| x > t)).collect();
    println!("{:?}", counters);
    let adders: Vec<Box<i32>> = (0..3).map(Box::new).collect();
    println!("{:?}", adders);
}
