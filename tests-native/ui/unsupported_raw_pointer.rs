// Raw pointers are outside the v0 subset.
fn main() {
    let x = 10;
    let _p: *const i32 = &x; //~ ERROR not supported by WasmRust yet
    println!("{}", x);
}
