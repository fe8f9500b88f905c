// A handle belongs to the thread whose host made it: ExternRef is not Send.
use wasm::ExternRef;

#[wasm::js_type]
pub struct Element;

#[wasm::import(module = "dom")]
extern "C" {
    fn root() -> ExternRef<Element>;
}

fn main() {
    let el = root();
    let h = wasm::thread::spawn(move || el.is_null()); //~ ERROR `ExternRef<Element>` cannot be sent between threads safely
    println!("{}", h.join().unwrap());
}
