// `wasmrust run` and the playground provide console.log/info/warn/error; output stays in order.
#[wasm::import(module = "console")]
extern "C" {
    fn log(s: &str);
    fn error(s: &str);
}
fn main() {
    println!("first (println)");
    log("second (console.log)");
    print!("third ");
    println!("(print + println)");
    error(&format!("{} (console.error)", 4));
}
