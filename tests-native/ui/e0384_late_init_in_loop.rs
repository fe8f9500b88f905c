// Assigned inside a loop: the second iteration assigns it again. (A `let` inside the loop is fresh.)
fn main() {
    let last;
    for i in 0..3 {
        let fresh;
        fresh = i * 2;
        last = fresh; //~ ERROR cannot assign twice to immutable variable `last`
    }
    let kept;
    if 3 > 2 { kept = 1; } else { kept = 2; }
    println!("{}", kept);
}
