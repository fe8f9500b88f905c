// wasm::ExternRef<T> is typed by its marker type: a handle to a Document is not one to an Element.
use wasm::ExternRef;

#[wasm::js_type]
pub struct Document;
#[wasm::js_type]
pub struct Element;

#[wasm::import(module = "dom")]
extern "C" {
    fn document() -> ExternRef<Document>;
    fn remove(el: ExternRef<Element>);
}

fn main() {
    let doc = document();
    remove(doc); //~ ERROR mismatched types
}
