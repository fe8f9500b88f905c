// `if let` with enum payloads, literals, tuples and structs; `else if let` chains.
enum Maybe {
    Just(i32),
    Nothing,
}

struct Wrapper {
    inner: Maybe,
    tag: char,
}

fn lookup(key: u32) -> Maybe {
    if key % 2 == 0 { Maybe::Just(key as i32 * 10) } else { Maybe::Nothing }
}

fn main() {
    for k in 0..4 {
        if let Maybe::Just(v) = lookup(k) {
            println!("{} -> {}", k, v);
        } else {
            println!("{} -> nothing", k);
        }
    }
    let m = lookup(7);
    if let Maybe::Nothing = m {
        println!("seven has nothing");
    }
    let w = Wrapper { inner: Maybe::Just(5), tag: 'w' };
    if let Wrapper { inner: Maybe::Just(n), tag } = &w {
        println!("wrapper {} holds {}", tag, n);
    }
    let pair = (1, Maybe::Just(-3));
    if let (1, Maybe::Just(x)) = pair {
        println!("pair holds {}", x);
    }
    let n = 15;
    if let 10..=20 = n {
        println!("{} in range", n);
    }
    let v = lookup(3);
    if let Maybe::Just(x) = v {
        println!("just {}", x);
    } else if let 3 = n % 4 {
        println!("fallback: n % 4 == 3");
    } else {
        println!("nothing at all");
    }
    let value = if let Maybe::Just(x) = lookup(4) { x + 1 } else { 0 };
    println!("value = {}", value);
    let mut cell = Maybe::Just(1);
    if let Maybe::Just(x) = &mut cell {
        *x += 99;
    }
    if let Maybe::Just(x) = cell {
        println!("cell = {}", x);
    }
}
