// The `wasm` crate's handles (tests-browser/node/handles.test.mjs): typed ExternRefs to JS objects, kept
// in structs and collections, cloned and dropped; FuncRefs both ways; strings and bytes crossing in both
// directions; a million handles created and dropped without the host's table growing.
use std::collections::HashMap;
use wasm::{ExternRef, FuncRef};

#[wasm::js_type]
pub struct Document;
#[wasm::js_type]
pub struct Element;

#[wasm::import(module = "dom")]
extern "C" {
    fn document() -> ExternRef<Document>;
    fn create_element(doc: &ExternRef<Document>, tag: &str) -> ExternRef<Element>;
    fn append_child(parent: &ExternRef<Element>, child: ExternRef<Element>);
    fn body(doc: &ExternRef<Document>) -> ExternRef<Element>;
    fn set_text(el: &ExternRef<Element>, text: &str);
    fn text_content(el: &ExternRef<Element>) -> String;
    fn get_by_id(doc: &ExternRef<Document>, id: &str) -> ExternRef<Element>;
    fn set_attribute(el: &ExternRef<Element>, name: String, value: &str);
    fn sha_like(data: &[u8]) -> Vec<u8>;
    fn fresh_object() -> ExternRef<Element>;
    fn call_each(f: &FuncRef, n: u32);
    fn js_adder(k: f64) -> FuncRef;
}

struct Widget {
    name: String,
    el: ExternRef<Element>,
}

fn main() {
    let doc = document();
    let root = body(&doc);
    let mut widgets: Vec<Widget> = Vec::new();
    let mut by_name: HashMap<String, ExternRef<Element>> = HashMap::new();
    for (i, name) in ["title", "intro", "footer"].iter().enumerate() {
        let el = create_element(&doc, if i == 0 { "h1" } else { "p" });
        set_text(&el, &format!("{} #{}", name, i));
        set_attribute(&el, String::from("id"), name);
        by_name.insert(name.to_string(), el.clone());
        append_child(&root, el.clone());
        widgets.push(Widget { name: name.to_string(), el });
    }
    println!("live after building: {}", wasm::live_handles());
    for w in &widgets {
        println!("{} -> {}", w.name, text_content(&w.el));
    }
    let intro = get_by_id(&doc, "intro");
    println!("intro found: {}, same object: {}", !intro.is_null(), intro == by_name["intro"]);
    let missing = get_by_id(&doc, "nope");
    println!("missing is null: {}", missing.is_null());
    println!("root text: {}", text_content(&root));
    drop(widgets);
    drop(by_name);
    println!("live after dropping the widgets: {}", wasm::live_handles());

    let digest = sha_like(&[1, 2, 3, 250]);
    println!("bytes back: {:?}", digest);

    // Rust closure handed to JS, called n times; JS closure called from Rust
    let mut total = 0.0;
    let counter = std::rc::Rc::new(std::cell::Cell::new(0.0f64));
    let c2 = counter.clone();
    let f = FuncRef::new(move |args: &[f64]| {
        c2.set(c2.get() + args[0]);
        args[0] * 2.0
    });
    call_each(&f, 4);
    drop(f);
    println!("closure saw a sum of {}", counter.get());
    let add5 = js_adder(5.0);
    for x in [1.0, 2.5] {
        total += add5.call(&[x]);
    }
    println!("JS adder total: {}", total);
    drop(add5);

    // a million handles, each dropped at once: the table stays small
    let cap0 = wasm::handle_slots();
    let mut kept = 0u32;
    for i in 0..1_000_000u32 {
        let o = fresh_object();
        if i % 250_000 == 0 {
            kept += o.slot() / 1_000_000;  // (used, so the handle is live until here)
        }
    }
    println!("after a million handles: live {}, table grew by {} slots{}", wasm::live_handles(), wasm::handle_slots() - cap0,
             if kept == 0 { "" } else { "?" });
    drop(intro);
    drop(missing);
    drop(root);
    drop(doc);
    println!("live at the end: {}", wasm::live_handles());
}

// Exports: strings, bytes and handles from JS
#[wasm::export]
pub fn shout(s: &str) -> String {
    format!("{}!", s.to_uppercase())
}

#[wasm::export]
pub fn sum_bytes(b: &[u8]) -> u32 {
    b.iter().map(|&x| x as u32).sum()
}

#[wasm::export]
pub fn reverse_bytes(b: Vec<u8>) -> Vec<u8> {
    let mut b = b;
    b.reverse();
    b
}

#[wasm::export]
pub fn label_of(el: &ExternRef<Element>) -> String {
    text_content(el)
}

#[wasm::export]
pub fn keep_first(a: ExternRef<Element>, b: ExternRef<Element>) -> ExternRef<Element> {
    drop(b);
    a
}

#[wasm::export]
pub fn apply_twice(f: &FuncRef, x: f64) -> f64 {
    f.call(&[f.call(&[x])])
}

#[wasm::export]
pub fn live() -> u32 {
    wasm::live_handles()
}

#[wasm::export]
pub fn slots() -> u32 {
    wasm::handle_slots()
}

// A panic deep inside an export (the loader puts the shadow stack back afterwards).
#[wasm::export]
pub fn deep_panic(depth: u32) -> u32 {
    let pad = [depth; 64];
    if depth == 0 {
        panic!("deep");
    }
    deep_panic(depth - 1) + pad[3]
}
