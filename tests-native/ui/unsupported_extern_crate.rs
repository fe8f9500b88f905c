// `extern crate` is outside the v0 subset.
extern crate core; //~ ERROR not supported by WasmRust yet

fn main() {
    println!("extern crate is parsed but rejected");
}
