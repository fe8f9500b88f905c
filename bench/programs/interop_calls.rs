// The module of the call-overhead benchmark (bench/interop.sh).
#[wasm::import(module = "bench")]
extern "C" {
    fn next() -> i32;
}

#[no_mangle]
pub extern "C" fn add(a: i32, b: i32) -> i32 {
    a.wrapping_add(b)
}

#[no_mangle]
pub extern "C" fn call_host_n(n: i32) -> i32 {
    let mut acc = 0i32;
    let mut i = 0;
    while i < n {
        acc ^= next();
        i += 1;
    }
    acc
}

#[no_mangle]
pub extern "C" fn count_n(n: i32) -> i32 {
    let mut acc = 0i32;
    let mut i = 0;
    while i < n {
        acc ^= i;
        i += 1;
    }
    acc
}
