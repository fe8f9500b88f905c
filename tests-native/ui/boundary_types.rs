// What cannot cross the WebAssembly boundary: integers, floats, bool, char, &str, &[u8], String, Vec<u8>,
// wasm::ExternRef<T> and wasm::FuncRef can; other aggregates cannot, and a reference cannot be returned.
#[allow(improper_ctypes)]
extern "C" {
    fn takes_vec(v: Vec<i32>); //~ ERROR WasmRust cannot pass `Vec<i32>` across the WebAssembly boundary
    fn takes_str(s: &str) -> u32;
}

pub struct Point {
    x: i32,
}

#[no_mangle]
pub extern "C" fn returns_str() -> &'static str { //~ ERROR WasmRust cannot pass `&str` across the WebAssembly boundary
    "no"
}

#[no_mangle]
pub extern "C" fn takes_point(p: Point) -> i32 { //~ ERROR WasmRust cannot pass `Point` across the WebAssembly boundary
    p.x
}

#[no_mangle]
pub extern "C" fn takes_pair(p: (i32, i32)) -> i32 { //~ ERROR WasmRust cannot pass `(i32, i32)` across the WebAssembly boundary
    p.0
}

#[no_mangle]
pub extern "C" fn export_string(s: &str) -> String {
    s.to_string()
}

fn main() {
    unsafe {
        takes_vec(vec![1]);
        println!("{}", takes_str("ok"));
    }
    println!("{} {} {} {}", returns_str(), takes_point(Point { x: 1 }), takes_pair((1, 2)), export_string("x"));
}
