// The host's own objects through the standard `js` imports (docs/wasm_crate.md): typed handles to
// Math, Date and arrays, properties read and written, methods called, and a Rust closure handed to
// Array.from as a JS function. Runs in node (`wasmrust run`) and in the playground's run worker.
use wasm::{ExternRef, FuncRef};

#[wasm::js_type]
pub struct Math;
#[wasm::js_type]
pub struct Date;
#[wasm::js_type]
pub struct Object;
#[wasm::js_type]
pub struct Array;

#[wasm::import(module = "js")]
extern "C" {
    fn global_math(name: &str) -> ExternRef<Math>;
    fn global_array(name: &str) -> ExternRef<Object>;
    fn call_f64(obj: &ExternRef<Math>, method: &str, x: f64) -> f64;
    fn get_f64(obj: &ExternRef<Math>, prop: &str) -> f64;
    fn new_date(ctor: &str, ms: f64) -> ExternRef<Date>;
    fn call_str(obj: &ExternRef<Date>, method: &str) -> String;
    fn new_object(ctor: &str) -> ExternRef<Object>;
    fn set_f64(obj: &ExternRef<Object>, prop: &str, v: f64);
    fn call_from(array_ctor: &ExternRef<Object>, method: &str, like: &ExternRef<Object>, f: &FuncRef) -> ExternRef<Array>;
    fn call_join(arr: &ExternRef<Array>, method: &str, sep: &str) -> String;
    fn get_len(arr: &ExternRef<Array>, prop: &str) -> f64;
}

fn main() {
    let math = global_math("Math");
    println!("Math.PI = {:.5}", get_f64(&math, "PI"));
    println!("Math.abs(-3) = {}, Math.cbrt(27) = {}", call_f64(&math, "abs", -3.0), call_f64(&math, "cbrt", 27.0));
    let epoch = new_date("Date", 86_400_000.0 * 365.0);
    println!("a year after the epoch: {}", call_str(&epoch, "toISOString"));

    let like = new_object("Object");
    set_f64(&like, "length", 5.0);
    let mut calls = 0;
    let squares = FuncRef::new(move |args: &[f64]| {
        calls += 1;
        let i = args[1];
        println!("  closure call {} for index {}", calls, i);
        i * i
    });
    let array = global_array("Array");
    let arr = call_from(&array, "from", &like, &squares);
    println!("Array.from({{length: 5}}, i => i * i) = [{}] ({} elements)", call_join(&arr, "join", ", "), get_len(&arr, "length"));
    let copy = arr.clone();
    println!("same array: {}", copy == arr);
}
