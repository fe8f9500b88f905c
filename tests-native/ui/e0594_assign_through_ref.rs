// Writing through a shared reference.
fn set(r: &i32) {
    *r = 5; //~ ERROR cannot assign to `*r`, which is behind a `&` reference
}

fn main() {
    let x = 1;
    set(&x);
    println!("{}", x);
}
