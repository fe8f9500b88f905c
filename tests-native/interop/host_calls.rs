// A module for a JS host (tests-browser/node/interop.test.mjs): exports called from JS, imports
// provided by JS, strings and numbers crossing the boundary, output flushed in order around host calls.
#[wasm::import(module = "host")]
extern "C" {
    fn log(msg: &str);
    fn log_num(label: &str, x: f64);
    fn now_ms() -> f64;
    fn is_even(x: i64) -> bool;
    fn initial(name: &str) -> char;
}

extern "C" {
    fn random_u32() -> u32;
}

#[no_mangle]
pub extern "C" fn add(a: i32, b: i32) -> i32 {
    a + b
}

#[wasm::export(name = "fib")]
pub fn fibonacci(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

#[no_mangle]
pub extern "C" fn greet(times: i32) -> bool {
    println!("greeting {} times", times);
    for i in 0..times {
        log(&format!("hello #{}", i + 1));
    }
    log_num("elapsed", now_ms());
    println!("even: {} {}, initial {}", is_even(10), is_even(7), initial("Ada"));
    let r = unsafe { random_u32() };
    println!("random mod 10: {}", r % 10);
    times > 0
}

#[no_mangle]
pub extern "C" fn checked_div(a: i32, b: i32) -> i32 {
    if b == 0 {
        panic!("division of {} by zero", a);
    }
    a / b
}

// A tight loop of host calls (the wasm -> JS call benchmark).
#[no_mangle]
pub extern "C" fn call_host_n(n: i32) -> i32 {
    let mut acc = 0i32;
    for _ in 0..n {
        acc = acc.wrapping_add(unsafe { random_u32() } as i32);
    }
    acc
}
