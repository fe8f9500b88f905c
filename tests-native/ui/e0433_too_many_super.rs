// `super` at the crate root has no parent module.
mod a {
    pub fn f() -> i32 { super::g() }
}
fn g() -> i32 { 1 }
fn main() {
    let x = super::a::f(); //~ ERROR too many leading `super` keywords
    println!("{} {}", x, a::f());
}
