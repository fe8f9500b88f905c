// A closure whose parameter types differ from the `dyn Fn` signature (rustc: E0631).
fn main() {
    let g: Box<dyn Fn(i32) -> i32> = Box::new(|x: i64| x as i32); //~ ERROR type mismatch in closure arguments
    println!("{}", g(1));
}
