// Closures that write through a captured `&mut` (rustc's unique borrow): they are FnMut, so calling one
// needs a `mut` binding, and the reference is usable again once the closure is done with.
fn bump_all(counter: &mut i32, values: &mut Vec<i32>) {
    let mut add = |n: i32| {
        *counter += n;
        values.push(n);
    };
    add(1);
    add(2);
    add(3);
    *counter *= 10;
    values.push(*counter);
}

fn apply<F: FnMut(i32)>(mut f: F) {
    for i in 0..3 {
        f(i);
    }
}

fn main() {
    let mut c = 0;
    let mut v = Vec::new();
    bump_all(&mut c, &mut v);
    println!("{} {:?}", c, v);
    let total = &mut 0;
    apply(|i| *total += i * i);
    println!("{}", total);
    let mut names = vec![String::from("a")];
    let r = &mut names;
    let mut push = |s: &str| r.push(s.to_string());
    push("b");
    push("c");
    r.push("d".to_string());
    println!("{:?}", names);
}
