// A `move` closure takes the captured value. (WasmRust: the use after the closure's creation)
fn main() {
    let text = String::from("captured");
    let f = move || text.len();
    println!("{}", f());
    let s = text; //~ ERROR use of moved value: `text`
    println!("{}", s);
}
