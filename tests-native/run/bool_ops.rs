// bool values: logic operators, comparisons, casts, bools in structs and as function results.
struct Switches {
    a: bool,
    b: bool,
}

fn xor(a: bool, b: bool) -> bool {
    a != b
}

fn implies(a: bool, b: bool) -> bool {
    !a || b
}

fn main() {
    let vals = [false, true];
    println!("a     b     and   or    xor   imp");
    for i in 0..2 {
        for j in 0..2 {
            let a = vals[i];
            let b = vals[j];
            println!("{:<5} {:<5} {:<5} {:<5} {:<5} {:<5}", a, b, a && b, a || b, xor(a, b), implies(a, b));
        }
    }
    let mut s = Switches { a: true, b: false };
    s.b = s.a && !s.b;
    s.a = !s.a;
    println!("{} {}", s.a, s.b);
    let mut toggles = 0;
    let mut state = false;
    for _ in 0..7 {
        state = !state;
        toggles += state as u32;
    }
    println!("{} {}", state, toggles);
    let t = true;
    let mut acc = t;
    acc &= false;
    println!("{}", acc);
    acc |= true;
    println!("{}", acc);
    acc ^= true;
    println!("{}", acc);
    println!("{:?} {}", 1 < 2, (5 > 3) == (2 > 1));
}
