// A generic body is checked once, generically (as rustc does): a value of a type parameter is moved
// unless the parameter is bounded by `Copy`, whatever the instances (here only `i32`), and also when
// nothing instantiates the function.
fn pair<T>(x: T) -> (T, T) {
    (x, x) //~ ERROR use of moved value: `x`
}

fn never_called<T: Clone>(x: T) -> T {
    let y = x;
    let _z = x.clone(); //~ ERROR borrow of moved value: `x`
    y
}

fn copies<T: Copy>(x: T) -> (T, T) {
    (x, x)
}

fn main() {
    println!("{:?} {:?}", pair(1), copies(2));
}
