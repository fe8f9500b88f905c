// Generic types used with the wrong number of arguments.
struct Pair<T> {
    a: T,
    b: T,
}

fn first(p: Pair<i32, i32>) -> i32 { //~ ERROR E0107
    p.a
}

fn second(p: Pair) -> i32 { //~ ERROR E0107
    p.b
}

fn main() {
    let p = Pair { a: 1, b: 2 };
    println!("{} {}", first(p), second(Pair { a: 3, b: 4 }));
}
