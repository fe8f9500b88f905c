// Generic arithmetic through the operator traits (Add, Sub, Mul, AddAssign, Neg) on primitives and a
// user type; an overflow inside the generic code panics at the user's operator, as with std.
use std::ops::{Add, AddAssign, Mul, Neg, Sub};
fn dot<T: Mul<Output = T> + Add<Output = T> + Copy + Default>(a: &[T], b: &[T]) -> T {
    let mut acc = T::default();
    for i in 0..a.len() {
        acc = acc + a[i] * b[i];
    }
    acc
}
fn total<T: AddAssign + Copy>(v: &[T], start: T) -> T {
    let mut s = start;
    for x in v {
        s += *x;
    }
    s
}
fn diff<T>(a: T, b: T) -> T where T: Sub<Output = T> {
    a - b
}
fn flip<T: Neg<Output = T>>(x: T) -> T {
    -x
}
#[derive(Debug, Clone, Copy, PartialEq)]
struct P { x: i32, y: i32 }
impl Add for P { type Output = P; fn add(self, o: P) -> P { P { x: self.x + o.x, y: self.y + o.y } } }
impl AddAssign for P { fn add_assign(&mut self, o: P) { self.x += o.x; self.y += o.y; } }
fn main() {
    println!("{}", dot(&[1, 2, 3], &[4, 5, 6]));
    println!("{}", dot(&[1.5, 2.0], &[2.0, 0.25]));
    println!("{}", total(&[1u8, 2, 3], 10));
    println!("{:?}", total(&[P { x: 1, y: 2 }, P { x: 3, y: 4 }], P { x: 0, y: 0 }));
    println!("{} {}", diff(10i64, 3), diff(2.5f32, 0.5));
    println!("{} {}", flip(5), flip(-2.5));
    println!("{}", total(&[200u8, 100], 0));
}
