// Closures that hold state: counters, memoization, accumulators passed to generic functions.
fn apply_n<F: FnMut() -> u32>(mut f: F, n: usize) -> Vec<u32> {
    (0..n).map(|_| f()).collect()
}

fn make_counter(start: u32, step: u32) -> impl FnMut() -> u32 {
    let mut cur = start;
    move || {
        let v = cur;
        cur += step;
        v
    }
}

fn fold_with<T, A, F: Fn(A, &T) -> A>(items: &Vec<T>, init: A, f: F) -> A {
    let mut acc = init;
    for x in items {
        acc = f(acc, x);
    }
    acc
}

struct Memo {
    cache: Vec<Option<u64>>,
}

impl Memo {
    fn fib(&mut self, n: usize) -> u64 {
        if n < 2 {
            return n as u64;
        }
        if let Some(v) = self.cache[n] {
            return v;
        }
        let v = self.fib(n - 1) + self.fib(n - 2);
        self.cache[n] = Some(v);
        v
    }
}

fn main() {
    println!("{:?}", apply_n(make_counter(10, 5), 4));
    let mut calls = 0;
    let mut log = Vec::new();
    let mut record = |x: i32| {
        calls += 1;
        log.push(x * x);
    };
    record(3);
    record(4);
    record(5);
    println!("{} calls: {:?}", calls, log);
    let words = vec![String::from("alpha"), String::from("beta"), String::from("gamma")];
    let total = fold_with(&words, 0, |acc, w| acc + w.len());
    let joined = fold_with(&words, String::new(), |acc, w| if acc.is_empty() { w.clone() } else { acc + "-" + w });
    println!("{} {}", total, joined);
    let mut memo = Memo { cache: vec![None; 91] };
    println!("fib(90) = {}", memo.fib(90));
    let threshold = 3;
    let above: Vec<i32> = vec![1, 5, 2, 8, 3].into_iter().filter(|&x| x > threshold).collect();
    println!("{:?}", above);
    let adders: Vec<i32> = (1..=3).map(|k| (move |x: i32| x + k)(10)).collect();
    println!("{:?}", adders);
}
