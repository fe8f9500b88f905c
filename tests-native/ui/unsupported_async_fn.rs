// async functions are outside the v0 subset.
async fn fetch() -> i32 { //~ ERROR not supported by WasmRust yet
    42
}

fn main() {
    let _future = fetch();
    println!("created");
}
