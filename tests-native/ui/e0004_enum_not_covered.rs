// Non-exhaustive match over a user enum: the witness names the missing variant.
enum Maybe {
    Just(i32),
    Nothing,
}

fn get(flag: bool) -> Maybe {
    if flag { Maybe::Just(1) } else { Maybe::Nothing }
}

fn main() {
    let m = get(true);
    match m { //~ ERROR non-exhaustive patterns: `Maybe::Just(_)` not covered
        Maybe::Nothing => println!("nothing"),
    }
}
