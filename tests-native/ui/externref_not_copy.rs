// wasm::ExternRef<T> owns its slot in the host's table: it moves (clone() makes a second slot).
use wasm::ExternRef;

#[wasm::js_type]
pub struct Document;

#[wasm::import(module = "dom")]
extern "C" {
    fn document() -> ExternRef<Document>;
}

fn main() {
    let d = document();
    let copy = d.clone();
    let moved = d;
    let again = d; //~ ERROR use of moved value: `d`
    drop(moved);
    drop(again);
    drop(copy);
}
