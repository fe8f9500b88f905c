// Independent mutability errors (these are reported together once type checking succeeds).
fn set(r: &i32) {
    *r = 1; //~ ERROR cannot assign to `*r`, which is behind a `&` reference
}

fn main() {
    let x = 1;
    println!("{}", x);
    x = 2; //~ ERROR cannot assign twice to immutable variable `x`
    let y = 3;
    let r = &mut y; //~ ERROR cannot borrow `y` as mutable, as it is not declared as mutable
    *r += 1;
    set(&x);
    println!("{} {}", x, y);
}
