// unsafe blocks are outside the v0 subset.
fn main() {
    let x = 5;
    let y = unsafe { x + 1 }; //~ ERROR not supported by WasmRust yet
    println!("{}", y);
}
