// Only integers, floats, bool and char cross the WebAssembly boundary (and `&str` arguments of imports).
#[allow(improper_ctypes)]
extern "C" {
    fn takes_vec(v: Vec<i32>); //~ ERROR WasmRust cannot pass `Vec<i32>` across the WebAssembly boundary
    fn takes_str(s: &str) -> u32;
}

#[no_mangle]
pub extern "C" fn returns_string() -> String { //~ ERROR WasmRust cannot pass `String` across the WebAssembly boundary
    String::from("no")
}

#[no_mangle]
pub extern "C" fn export_str(s: &str) -> usize { //~ ERROR WasmRust cannot pass `&str` across the WebAssembly boundary
    s.len()
}

fn main() {
    unsafe {
        takes_vec(vec![1]);
        println!("{}", takes_str("ok"));
    }
    println!("{} {}", returns_string(), export_str("x"));
}
