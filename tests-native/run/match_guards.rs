// Match guards: fall-through to later arms when the guard fails, guards using outer variables.
fn classify(n: i32, threshold: i32) -> &'static str {
    match n {
        x if x < 0 => "negative",
        0 => "zero",
        x if x % 2 == 0 && x > threshold => "big even",
        x if x % 2 == 0 => "small even",
        x if x > threshold => "big odd",
        _ => "small odd",
    }
}

fn count_calls(v: i32, calls: &mut u32) -> bool {
    *calls += 1;
    v > 5
}

fn main() {
    let values = [-5, 0, 4, 12, 7, 21];
    for i in 0..values.len() {
        println!("{} {}", values[i], classify(values[i], 10));
    }
    let mut calls = 0;
    let mut hits = 0;
    for v in 0..10 {
        match v {
            1 | 3 => {}
            n if count_calls(n, &mut calls) => hits += 1,
            _ => {}
        }
    }
    println!("guard evaluated {} times, {} hits", calls, hits);
    let pair = (3, -3);
    match pair {
        (a, b) if a + b == 0 => println!("opposites"),
        (a, _) if a > 0 => println!("positive first"),
        _ => println!("other"),
    }
}
