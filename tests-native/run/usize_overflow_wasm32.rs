// wasm32-expectation: 65536 * 65536 overflows a 32-bit usize (panic on wasm32) but not a 64-bit one
fn area(w: usize, h: usize) -> usize {
    w * h
}

fn main() {
    println!("{}", area(1000, 1000));
    println!("{}", area(65535, 65537));
    println!("{}", area(65536, 65536));
    println!("done");
}
