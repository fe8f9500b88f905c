// `name @ pattern` bindings with ranges, literals and alternatives.
fn describe(n: i32) -> i32 {
    match n {
        small @ 1..=3 => {
            println!("small {}", small);
            small
        }
        exact @ 42 => {
            println!("the answer {}", exact);
            exact * 2
        }
        neg @ i32::MIN..=-1 => {
            println!("negative {}", neg);
            -neg / 2
        }
        v @ (10 | 20 | 30) => {
            println!("round {}", v);
            v / 10
        }
        other => {
            println!("other {}", other);
            0
        }
    }
}

fn letter(c: char) -> u32 {
    match c {
        l @ 'a'..='f' => l as u32 - 'a' as u32 + 10,
        d @ '0'..='9' => d as u32 - '0' as u32,
        _ => 99,
    }
}

fn main() {
    let inputs = [2, 42, -9, 20, 7, 3];
    let mut total = 0;
    for i in 0..inputs.len() {
        total += describe(inputs[i]);
    }
    println!("total {}", total);
    println!("{} {} {}", letter('c'), letter('7'), letter('z'));
    let pair = (5, 15);
    match pair {
        (a @ 0..=9, b @ 10..=19) => println!("digit {} and teen {}", a, b),
        _ => println!("no"),
    }
}
