// Returning data of one named lifetime where the signature promises another: `'b` does not outlive `'a`.
fn pick<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    if x.is_empty() {
        return x;
    }
    y //~ ERROR lifetime may not live long enough
}

// The same through locals and a tuple: each named region that flows into a `'a` position is checked.
fn both<'a, 'b, 'c>(x: &'a i32, y: &'b i32, z: &'c i32) -> (&'a i32, &'a i32) {
    let first = y;
    let second = if *x > 0 { z } else { x };
    (first, second) //~ ERROR lifetime may not live long enough
    //~^ ERROR lifetime may not live long enough
}

fn main() {
    let (a, b, c) = (1, 2, 3);
    println!("{} {:?}", pick("a", "b"), both(&a, &b, &c));
}
