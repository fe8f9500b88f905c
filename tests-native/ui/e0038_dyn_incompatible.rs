// Only dyn-compatible traits make trait objects: no associated functions without `self` (unless
// `where Self: Sized`), no generic methods.
trait Make { fn make() -> Self; fn id(&self) -> i32; }
trait Gen { fn show<T: std::fmt::Debug>(&self, t: T); }
trait Fine { fn new() -> Self where Self: Sized; fn id(&self) -> i32; }
struct A;
impl Make for A { fn make() -> Self { A } fn id(&self) -> i32 { 1 } }
impl Gen for A { fn show<T: std::fmt::Debug>(&self, t: T) { println!("{:?}", t); } }
impl Fine for A { fn new() -> Self { A } fn id(&self) -> i32 { 2 } }
fn main() {
    let a: &dyn Make = &A; //~ ERROR the trait `Make` is not dyn compatible
    println!("{}", a.id());
    let g: &dyn Gen = &A; //~ ERROR the trait `Gen` is not dyn compatible
    g.show(5);
    let f: &dyn Fine = &A;
    println!("{}", f.id());
}
