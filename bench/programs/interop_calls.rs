// The module of the call-overhead benchmark (bench/interop.sh).
use wasm::ExternRef;

// The JS object the handle benchmarks pass around.
#[wasm::js_type]
pub struct Obj;

#[wasm::import(module = "bench")]
extern "C" {
    fn next() -> i32;
    // ExternRef into JS: the host receives the object behind a borrowed handle (returns one of its fields)
    fn touch(o: &ExternRef<Obj>) -> u32;
    // ExternRef out of JS: the host's value is stored in the handle table (dropping it frees the slot)
    fn make() -> ExternRef<Obj>;
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

// n calls of `touch` with one handle (made once, outside the loop)
#[wasm::export]
pub fn touch_n(n: u32) -> u32 {
    let o = make();
    let mut acc = 0u32;
    let mut i = 0;
    while i < n {
        acc ^= touch(&o);
        i += 1;
    }
    acc
}

// n calls of `make`, each handle dropped at once: a table insert and a free per call
#[wasm::export]
pub fn make_n(n: u32) -> u32 {
    let mut acc = 0u32;
    let mut i = 0;
    while i < n {
        let o = make();
        acc ^= o.slot();
        i += 1;
    }
    acc
}

// JS -> wasm with a borrowed handle: the loader puts the object in a slot, frees it after the call
#[wasm::export]
pub fn take_ref(o: &ExternRef<Obj>, k: u32) -> u32 {
    o.slot() ^ k
}
