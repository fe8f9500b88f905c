// Writing a `&'b` where a `&'a` lives: through `&mut &'a`, and through a type annotation.
fn assign<'a, 'b>(slot: &mut &'a i32, y: &'b i32) {
    *slot = y; //~ ERROR lifetime may not live long enough
}

fn annotate<'a, 'b>(x: &'a i32, y: &'b i32) -> i32 {
    let z: &'a i32 = y; //~ ERROR lifetime may not live long enough
    *x + *z
}

fn main() {
    let (a, b) = (1, 2);
    let mut r = &a;
    assign(&mut r, &b);
    println!("{} {}", r, annotate(&a, &b));
}
