// wasm32-expectation: usize/isize are 32-bit on wasm32, 64-bit on the x86-64 oracle
fn main() {
    println!("usize::MAX = {}", usize::MAX);
    println!("isize::MIN = {}", isize::MIN);
    println!("isize::MAX = {}", isize::MAX);
    let big = usize::MAX / 2 + 1;
    println!("half = {}", big);
    println!("hex = {:x}", usize::MAX);
    let m: isize = -1;
    println!("as usize = {}", m as usize);
    let x: u64 = 4294967296 + 7;
    println!("u64 as usize = {}", x as usize);
}
