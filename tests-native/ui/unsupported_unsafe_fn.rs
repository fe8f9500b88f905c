// unsafe functions are outside the subset (WasmRust has no raw pointers).
unsafe fn danger() -> i32 { //~ ERROR not supported by WasmRust yet
    1
}

fn main() {
    let v = unsafe { danger() }; // unsafe blocks are accepted (they can call `extern "C"` functions)
    println!("{}", v);
}
