// A `&'b` stored into a `Vec<&'a i32>` behind `&mut` (invariant): `'b` must outlive `'a`.
fn store<'a, 'b>(v: &mut Vec<&'a i32>, y: &'b i32) {
    v.push(y); //~ ERROR lifetime may not live long enough
}

// The bound `'c: 'b` does not give `'c: 'a`.
fn store_chain<'a, 'b, 'c: 'b>(v: &mut Vec<&'a i32>, z: &'c i32) {
    if v.is_empty() {
        v.insert(0, z); //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let (a, b) = (1, 2);
    let mut v = vec![&a];
    store(&mut v, &b);
    store_chain(&mut v, &b);
    println!("{:?}", v);
}
