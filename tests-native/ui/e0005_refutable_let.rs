// A refutable pattern in a plain `let`.
enum Maybe {
    Just(i32),
    Nothing,
}

fn main() {
    let m = Maybe::Just(3);
    let n = Maybe::Nothing;
    let Maybe::Just(x) = m; //~ ERROR refutable pattern in local binding
    if let Maybe::Nothing = n {
        println!("{}", x);
    }
}
