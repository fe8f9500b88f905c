// Functions of an `extern "C"` block are unsafe to call (WasmRust's #[wasm::import] ones are not).
extern "C" {
    fn host_random() -> u32;
}

fn main() {
    let a = host_random(); //~ ERROR E0133
    let b = unsafe { host_random() };
    println!("{} {}", a, b);
}
