// Compound assignment to an immutable binding and parameter.
fn bump(n: i32) -> i32 {
    n += 1; //~ ERROR cannot assign to immutable argument `n`
    n
}

fn main() {
    let total = 0;
    for i in 0..3 {
        total += i; //~ ERROR E0384
    }
    println!("{} {}", total, bump(1));
}
