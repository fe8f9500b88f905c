// unsafe functions are outside the v0 subset.
unsafe fn danger() -> i32 { //~ ERROR not supported by WasmRust yet
    1
}

fn main() {
    let v = unsafe { danger() }; //~ ERROR not supported by WasmRust yet
    println!("{}", v);
}
