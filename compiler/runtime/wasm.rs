// The `wasm` crate, written in WasmRust (docs/wasm_crate.md): typed handles to host values and the
// runtime exports the JS loader (runtime-js/loader.mjs) uses to move strings and bytes across the boundary.
// `wasm::X` paths name the items here (the resolver drops the `wasm` segment, as it does `std`).
//
// A handle is a slot in the host's handle table (runtime-js/handles.mjs): an index and the slot's
// generation, so a stale handle is detected by the host instead of reaching a newer object. Handles own
// their slot: they are not Copy, `clone` asks the host for a second slot, dropping one frees its slot.

pub struct __RawRef {
    idx: u32,
    gen: u32,
}

#[wasm::import(module = "wr")]
extern "C" {
    fn __wr_ref_clone(r: &__RawRef) -> __RawRef;
    fn __wr_ref_drop(r: &__RawRef);
    fn __wr_ref_eq(a: &__RawRef, b: &__RawRef) -> bool;
    fn __wr_ref_null() -> __RawRef;
    fn __wr_ref_is_null(r: &__RawRef) -> bool;
    fn __wr_func_new(cell: usize) -> __RawRef;
    fn __wr_func_drop(f: &__RawRef);
    fn __wr_func_call(f: &__RawRef, args: usize, nargs: usize) -> f64;
}

// `ExternRef<T>`: a host value of the JS type that the marker type `T` stands for
// (`#[wasm::js_type] struct Element;`). `ExternRef<Document>` and `ExternRef<Element>` are different types.
pub struct ExternRef<T> {
    raw: __RawRef,
}

impl<T> ExternRef<T> {
    // JS `null`, as a handle (for an optional host value, prefer `Option<ExternRef<T>>`).
    pub fn null() -> ExternRef<T> {
        ExternRef { raw: __wr_ref_null() }
    }
    pub fn is_null(&self) -> bool {
        __wr_ref_is_null(&self.raw)
    }
    // The same host value seen as another JS type: unchecked, as wasm-bindgen's `unchecked_into`.
    pub fn unchecked_into<U>(self) -> ExternRef<U> {
        let r: ExternRef<U> = ExternRef { raw: __wr_ref_clone(&self.raw) };
        drop(self);
        r
    }
    // Whether two handles refer to the same host value (JS `Object.is`).
    pub fn same(&self, other: &ExternRef<T>) -> bool {
        __wr_ref_eq(&self.raw, &other.raw)
    }
    // The slot index in the host's table (for diagnostics and tests).
    pub fn slot(&self) -> u32 {
        self.raw.idx
    }
}

// Clone (the compiler calls `__deep_clone` for `.clone()` and derived Clone; `__handle_clone` says the
// type is Clone whatever its parameter is)
impl<T> ExternRef<T> {
    pub fn clone(&self) -> ExternRef<T> {
        ExternRef { raw: __wr_ref_clone(&self.raw) }
    }
    pub fn __deep_clone(&self) -> ExternRef<T> {
        ExternRef { raw: __wr_ref_clone(&self.raw) }
    }
    pub fn __handle_clone() {}
    // `a == b`: the same host value (JS `Object.is`)
    pub fn __eq(&self, other: &ExternRef<T>) -> bool {
        __wr_ref_eq(&self.raw, &other.raw)
    }
}

impl<T> Drop for ExternRef<T> {
    fn drop(&mut self) {
        __wr_ref_drop(&self.raw);
    }
}

impl<T> __Debug for ExternRef<T> {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        write!(f, "ExternRef({})", self.raw.idx)
    }
}

// `FuncRef`: a host function callable from Rust (`f.call(&[1.0, 2.0])`), or a Rust closure handed to the
// host (`FuncRef::new(|args: &[f64]| ..)`), which JS calls as an ordinary function of numbers. Arguments
// and the result are numbers (JS's own). A closure lives as long as its FuncRef: once that is dropped,
// calling the JS function throws.
pub struct FuncRef {
    raw: __RawRef,
    cell: usize,  // the closure (a Box<dyn FnMut(&[f64]) -> f64> on the heap) for one made in Rust, else 0
}

impl FuncRef {
    pub fn new<F: FnMut(&[f64]) -> f64 + 'static>(f: F) -> FuncRef {
        let boxed: Box<dyn FnMut(&[f64]) -> f64> = Box::new(f);
        let cell: usize = __wr_alloc(__size_of::<Box<dyn FnMut(&[f64]) -> f64>>());
        __ptr_write::<Box<dyn FnMut(&[f64]) -> f64>>(cell, boxed);
        FuncRef { raw: __wr_func_new(cell), cell: cell }
    }
    pub fn call(&self, args: &[f64]) -> f64 {
        __wr_func_call(&self.raw, args.buf, args.len)
    }
    pub fn is_null(&self) -> bool {
        __wr_ref_is_null(&self.raw)
    }
}

impl FuncRef {
    // A second handle to the same JS function (a closure stays owned by the first).
    pub fn clone(&self) -> FuncRef {
        FuncRef { raw: __wr_ref_clone(&self.raw), cell: 0 }
    }
    pub fn __deep_clone(&self) -> FuncRef {
        FuncRef { raw: __wr_ref_clone(&self.raw), cell: 0 }
    }
    pub fn __handle_clone() {}
}

impl Drop for FuncRef {
    fn drop(&mut self) {
        if self.cell == 0 {
            __wr_ref_drop(&self.raw);
        } else {
            __wr_func_drop(&self.raw);
            __drop_in_place::<Box<dyn FnMut(&[f64]) -> f64>>(self.cell);
            __wr_free(self.cell);
        }
    }
}

impl __Debug for FuncRef {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        write!(f, "FuncRef({})", self.raw.idx)
    }
}

// ---- exports the loader calls (only emitted for modules that cross the boundary with them) ----

// Calls the closure of a Rust-made FuncRef with `nargs` f64 arguments at `args`.
pub fn __wr_closure_call(cell: usize, args: usize, nargs: usize) -> f64 {
    let f: &mut Box<dyn FnMut(&[f64]) -> f64> = __addr_ref::<Box<dyn FnMut(&[f64]) -> f64>>(cell);
    let s: &[f64] = __Slice { buf: args, len: nargs };
    let r: f64 = f(s);
    __out_flush();
    r
}

// Writes a Vec<u8> (also a String: its only field) made of `len` bytes at `ptr` (allocated by
// `__wr_alloc`) at `dest`.
pub fn __wr_vec_init(dest: usize, ptr: usize, len: usize) {
    __ptr_write::<Vec<u8>>(dest, Vec { buf: ptr, cap: len, len: len });
}
pub fn __wr_vec_ptr(v: usize) -> usize {
    let r: &Vec<u8> = __addr_ref::<Vec<u8>>(v);
    r.buf
}
pub fn __wr_vec_len(v: usize) -> usize {
    let r: &Vec<u8> = __addr_ref::<Vec<u8>>(v);
    r.len
}
// Drops the Vec<u8> / String at `v` (a result the loader has read).
pub fn __wr_vec_drop(v: usize) {
    __drop_in_place::<Vec<u8>>(v);
}
pub fn __wr_malloc(size: usize) -> usize {
    __wr_alloc(size)
}
pub fn __wr_mfree(ptr: usize) {
    __wr_free(ptr);
}
