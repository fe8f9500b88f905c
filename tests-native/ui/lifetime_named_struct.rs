// Structs with lifetime parameters: a `Holder<'a>` built from a `&'b`, an impl's `'a` and a method's `'b`.
struct Holder<'a> {
    r: &'a i32,
}

fn make<'a, 'b>(x: &'a i32, y: &'b i32) -> Holder<'a> {
    if *x > 0 {
        return Holder { r: x };
    }
    Holder { r: y } //~ ERROR lifetime may not live long enough
}

impl<'a> Holder<'a> {
    fn get<'b>(&'b self, other: &'b i32) -> &'a i32 {
        if *self.r > 0 { self.r } else { other } //~ ERROR lifetime may not live long enough
    }
    fn set<'b>(&mut self, other: &'b i32) {
        self.r = other; //~ ERROR lifetime may not live long enough
    }
    fn wrap<'b>(other: &'b i32) -> Holder<'a> {
        Holder { r: other } //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let (a, b) = (1, 2);
    let mut h = make(&a, &b);
    h.set(&b);
    println!("{} {}", h.get(&a), Holder::wrap(&b).r);
}
