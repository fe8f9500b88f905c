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

// Two ways to keep the slots (the compiler picks one per build: __wr_reftypes()):
// - reference types (the default): the module's own externref table holds the values; the slots'
//   generations and free list are here, per thread (__wr_ref_state); boundary calls pass the values
//   themselves (the compiler's import shims and export wrappers call the functions below).
// - otherwise (--no-reference-types): the JS runtime's table (runtime-js/handles.mjs), through the
//   `wr` imports below.

// [0] free list head (slot + 1, 0: empty), [4] the slots' entries (8 bytes: generation, next free),
// [8] capacity (table and entries), [12] the next never-used slot (0 until the first use: slot 0 is null).
fn __wr_ref_state() -> usize {
    if __wr_threads_build() && __wr_out_buf() != 16 {
        return __wr_out_buf() + 1020;  // a spawned thread's (threads.mjs: its output block)
    }
    __heap_base() + 152
}

// A slot for a new value (its generation is the entry's).
pub fn __wr_ref_alloc() -> u32 {
    let st: usize = __wr_ref_state();
    let head: u32 = __ptr_read::<u32>(st);
    if head != 0 {
        let e: usize = __ptr_read::<usize>(st + 4) + ((head - 1) as usize) * 8;
        __ptr_write::<u32>(st, __ptr_read::<u32>(e + 4));
        return head - 1;
    }
    let mut fresh: u32 = __ptr_read::<u32>(st + 12);
    if fresh == 0 {
        fresh = 1;
    }
    let cap: u32 = __ptr_read::<u32>(st + 8);
    if fresh >= cap {
        let ncap: u32 = if cap < 16 { 16 } else { cap * 2 };
        let size: u32 = __ref_table_size();
        if ncap > size && __ref_table_grow(ncap - size) < 0 {
            panic!("the ExternRef table cannot grow to {} slots", ncap);
        }
        let old: usize = __ptr_read::<usize>(st + 4);
        let entries: usize = __wr_alloc((ncap as usize) * 8);
        let mut i: usize = 0;
        while i < (ncap as usize) * 2 {
            __ptr_write::<u32>(entries + i * 4, if i < (cap as usize) * 2 { __ptr_read::<u32>(old + i * 4) } else { 0 });
            i += 1;
        }
        if old != 0 {
            __wr_free(old);
        }
        __ptr_write::<usize>(st + 4, entries);
        __ptr_write::<u32>(st + 8, ncap);
    }
    __ptr_write::<u32>(st + 12, fresh + 1);
    fresh
}

// A slot for a new value, its handle written at `dest` (an import shim's result).
pub fn __wr_ref_alloc_put(dest: usize) -> u32 {
    let idx: u32 = __wr_ref_alloc();
    let e: usize = __ptr_read::<usize>(__wr_ref_state() + 4) + (idx as usize) * 8;
    __ptr_write::<u32>(dest, idx);
    __ptr_write::<u32>(dest + 4, __ptr_read::<u32>(e));
    idx
}

// Writes the handle (slot, generation) of slot `idx` at `dest`.
pub fn __wr_ref_put(dest: usize, idx: u32) {
    let e: usize = __ptr_read::<usize>(__wr_ref_state() + 4) + (idx as usize) * 8;
    __ptr_write::<u32>(dest, idx);
    __ptr_write::<u32>(dest + 4, __ptr_read::<u32>(e));
}

// The slot of the handle at `r`, checked: a handle whose slot was freed (and maybe reused) is stale.
pub fn __wr_ref_index(r: usize) -> u32 {
    let idx: u32 = __ptr_read::<u32>(r);
    let gen: u32 = __ptr_read::<u32>(r + 4);
    if idx == 0 && gen == 0 {
        return 0;
    }
    let st: usize = __wr_ref_state();
    if idx >= __ptr_read::<u32>(st + 12) || __ptr_read::<u32>(__ptr_read::<usize>(st + 4) + (idx as usize) * 8) != gen {
        panic!("stale ExternRef handle (slot {}, generation {}): its value was already released", idx, gen);
    }
    idx
}

// Frees the handle's slot (its value is let go; the slot's next handle gets a new generation).
pub fn __wr_ref_release(r: usize) {
    let idx: u32 = __ptr_read::<u32>(r);
    let gen: u32 = __ptr_read::<u32>(r + 4);
    if idx == 0 && gen == 0 {
        return;
    }
    let st: usize = __wr_ref_state();
    let e: usize = __ptr_read::<usize>(st + 4) + (idx as usize) * 8;
    if idx >= __ptr_read::<u32>(st + 12) || __ptr_read::<u32>(e) != gen {
        panic!("stale ExternRef handle (slot {}, generation {}): its value was already released", idx, gen);
    }
    __ref_table_clear(idx);
    __ptr_write::<u32>(e, gen + 1);
    __ptr_write::<u32>(e + 4, __ptr_read::<u32>(st));
    __ptr_write::<u32>(st, idx + 1);
}

fn __wr_ref_dup(r: &__RawRef) -> __RawRef {
    let idx: u32 = __wr_ref_index(__ref_addr::<__RawRef>(r));
    if idx == 0 {
        return __RawRef { idx: 0, gen: 0 };
    }
    let n: u32 = __wr_ref_alloc();
    __ref_table_copy(n, idx);
    let out: __RawRef = __RawRef { idx: 0, gen: 0 };
    __wr_ref_put(__ref_addr::<__RawRef>(&out), n);
    out
}

fn __wr_raw_clone(r: &__RawRef) -> __RawRef {
    if __wr_reftypes() {
        __wr_ref_dup(r)
    } else {
        __wr_ref_clone(r)
    }
}
fn __wr_raw_drop(r: &__RawRef) {
    if __wr_reftypes() {
        __wr_ref_release(__ref_addr::<__RawRef>(r));
    } else {
        __wr_ref_drop(r);
    }
}
fn __wr_raw_eq(a: &__RawRef, b: &__RawRef) -> bool {
    if __wr_reftypes() {
        __wr_xref_eq(a, b)
    } else {
        __wr_ref_eq(a, b)
    }
}
fn __wr_raw_is_null(r: &__RawRef) -> bool {
    if __wr_reftypes() {
        __ref_table_is_null(__wr_ref_index(__ref_addr::<__RawRef>(r)))
    } else {
        __wr_ref_is_null(r)
    }
}

// With reference types: the host sees the values (the compiler's shims convert the handles).
#[wasm::import(module = "wr")]
extern "C" {
    fn __wr_xref_eq(a: &__RawRef, b: &__RawRef) -> bool;
    fn __wr_xfunc_new(cell: usize) -> __RawRef;
    fn __wr_xfunc_drop(f: &__RawRef);
    fn __wr_xfunc_call(f: &__RawRef, args: usize, nargs: usize) -> f64;
}

#[wasm::import(module = "wr")]
extern "C" {
    fn __wr_ref_clone(r: &__RawRef) -> __RawRef;
    fn __wr_ref_drop(r: &__RawRef);
    fn __wr_ref_eq(a: &__RawRef, b: &__RawRef) -> bool;
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
        ExternRef { raw: __RawRef { idx: 0, gen: 0 } }
    }
    pub fn is_null(&self) -> bool {
        __wr_raw_is_null(&self.raw)
    }
    // The same host value seen as another JS type: unchecked, as wasm-bindgen's `unchecked_into`.
    pub fn unchecked_into<U>(self) -> ExternRef<U> {
        let r: ExternRef<U> = ExternRef { raw: __wr_raw_clone(&self.raw) };
        drop(self);
        r
    }
    // Whether two handles refer to the same host value (JS `Object.is`).
    pub fn same(&self, other: &ExternRef<T>) -> bool {
        __wr_raw_eq(&self.raw, &other.raw)
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
        ExternRef { raw: __wr_raw_clone(&self.raw) }
    }
    pub fn __deep_clone(&self) -> ExternRef<T> {
        ExternRef { raw: __wr_raw_clone(&self.raw) }
    }
    pub fn __handle_clone() {}
    // `a == b`: the same host value (JS `Object.is`)
    pub fn __eq(&self, other: &ExternRef<T>) -> bool {
        __wr_raw_eq(&self.raw, &other.raw)
    }
}

impl<T> Drop for ExternRef<T> {
    fn drop(&mut self) {
        if __wr_reftypes() {
            __wr_ref_release(__ref_addr::<__RawRef>(&self.raw));
        } else {
            __wr_ref_drop(&self.raw);
        }
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
        // the cell: [0] the closure, [8] 1 while it runs, [12] 1 once its FuncRef was dropped during a call
        let boxed: Box<dyn FnMut(&[f64]) -> f64> = Box::new(f);
        let cell: usize = __wr_alloc(16);
        __ptr_write::<Box<dyn FnMut(&[f64]) -> f64>>(cell, boxed);
        __ptr_write::<u32>(cell + 8, 0);
        __ptr_write::<u32>(cell + 12, 0);
        let raw: __RawRef = if __wr_reftypes() { __wr_xfunc_new(cell) } else { __wr_func_new(cell) };
        FuncRef { raw: raw, cell: cell }
    }
    pub fn call(&self, args: &[f64]) -> f64 {
        if __wr_reftypes() {
            __wr_xfunc_call(&self.raw, args.buf, args.len)
        } else {
            __wr_func_call(&self.raw, args.buf, args.len)
        }
    }
    pub fn is_null(&self) -> bool {
        __wr_raw_is_null(&self.raw)
    }
}

impl FuncRef {
    // A second handle to the same JS function (a closure stays owned by the first).
    pub fn clone(&self) -> FuncRef {
        FuncRef { raw: __wr_raw_clone(&self.raw), cell: 0 }
    }
    pub fn __deep_clone(&self) -> FuncRef {
        FuncRef { raw: __wr_raw_clone(&self.raw), cell: 0 }
    }
    pub fn __handle_clone() {}
}

impl Drop for FuncRef {
    fn drop(&mut self) {
        if self.cell == 0 {
            __wr_raw_drop(&self.raw);
        } else {
            if __wr_reftypes() {
                __wr_xfunc_drop(&self.raw);
                __wr_ref_release(__ref_addr::<__RawRef>(&self.raw));
            } else {
                __wr_func_drop(&self.raw);
            }
            if __ptr_read::<u32>(self.cell + 8) != 0 {
                __ptr_write::<u32>(self.cell + 12, 1);  // dropped by the closure itself: freed when it returns
            } else {
                __drop_in_place::<Box<dyn FnMut(&[f64]) -> f64>>(self.cell);
                __wr_free(self.cell);
            }
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
    if __ptr_read::<u32>(cell + 8) != 0 {
        panic!("a WasmRust closure was called while it was running (from JS, recursively)");
    }
    __ptr_write::<u32>(cell + 8, 1);
    let f: &mut Box<dyn FnMut(&[f64]) -> f64> = __addr_ref::<Box<dyn FnMut(&[f64]) -> f64>>(cell);
    let s: &[f64] = __Slice { buf: args, len: nargs };
    let r: f64 = f(s);
    __ptr_write::<u32>(cell + 8, 0);
    if __ptr_read::<u32>(cell + 12) != 0 {  // its FuncRef was dropped while it ran
        __drop_in_place::<Box<dyn FnMut(&[f64]) -> f64>>(cell);
        __wr_free(cell);
    }
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

// ---- plain old data and shared memory ----

// `wasm::Pod`: plain old data, any bit pattern is a value and there is nothing to drop: integers and
// floats (a `#[repr(C)]` struct of Pod fields may implement it: `impl wasm::Pod for Particle {}` is
// checked field by field).
pub trait Pod: Copy {}
impl Pod for i8 {}
impl Pod for i16 {}
impl Pod for i32 {}
impl Pod for i64 {}
impl Pod for isize {}
impl Pod for u8 {}
impl Pod for u16 {}
impl Pod for u32 {}
impl Pod for u64 {}
impl Pod for usize {}
impl Pod for f32 {}
impl Pod for f64 {}

// The element types with atomic access (32- and 64-bit integers).
pub trait AtomicInt: Pod + PartialEq {}
impl AtomicInt for i32 {}
impl AtomicInt for u32 {}
impl AtomicInt for i64 {}
impl AtomicInt for u64 {}
impl AtomicInt for isize {}
impl AtomicInt for usize {}

// `wasm::SharedSlice<T>`: a view of `len` elements of linear memory, which every thread of a threads
// build shares. Copy: each thread gets the same view. The memory lives as long as the program.
#[derive(Clone, Copy)]
pub struct SharedSlice<T: Pod> {
    buf: usize,
    len: usize,
}

impl<T: Pod> SharedSlice<T> {
    // `len` zeroed elements.
    pub fn new(len: usize) -> SharedSlice<T> {
        let size: usize = __size_of::<T>();
        if size != 0 && len > 0xFFFF_FFFF / size {
            panic!("capacity overflow");
        }
        let bytes: usize = len * size;
        let p: usize = __wr_alloc(bytes);
        let mut i: usize = 0;
        while i + 4 <= bytes {
            __ptr_write::<u32>(p + i, 0);
            i += 4;
        }
        while i < bytes {
            __ptr_write::<u8>(p + i, 0);
            i += 1;
        }
        SharedSlice { buf: p, len: len }
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    // (the public methods are #[track_caller]: the panic names their caller's line)
    fn __at(&self, i: usize) -> usize {
        if i >= self.len {
            __wr_panic_bounds_caller(self.len, i);
        }
        self.buf + i * __size_of::<T>()
    }
    // Plain (non-atomic) access.
    #[track_caller]
    pub fn get(&self, i: usize) -> T {
        __ptr_read::<T>(self.__at(i))
    }
    #[track_caller]
    pub fn set(&self, i: usize, v: T) {
        __ptr_write::<T>(self.__at(i), v);
    }
    pub fn to_vec(&self) -> Vec<T> {
        let mut v: Vec<T> = Vec::with_capacity(self.len);
        let mut i: usize = 0;
        while i < self.len {
            v.push(__ptr_read::<T>(self.buf + i * __size_of::<T>()));
            i += 1;
        }
        v
    }
    // Atomic access (sequentially consistent, as wasm's atomics are).
    #[track_caller]
    pub fn load(&self, i: usize) -> T where T: AtomicInt {
        __atomic_load::<T>(self.__at(i))
    }
    #[track_caller]
    pub fn store(&self, i: usize, v: T) where T: AtomicInt {
        __atomic_store::<T>(self.__at(i), v);
    }
    #[track_caller]
    pub fn fetch_add(&self, i: usize, v: T) -> T where T: AtomicInt {
        __atomic_add::<T>(self.__at(i), v)
    }
    #[track_caller]
    pub fn fetch_sub(&self, i: usize, v: T) -> T where T: AtomicInt {
        __atomic_sub::<T>(self.__at(i), v)
    }
    #[track_caller]
    pub fn swap(&self, i: usize, v: T) -> T where T: AtomicInt {
        __atomic_xchg::<T>(self.__at(i), v)
    }
    // `Ok(previous)` when the element was `current` (and is now `new`), else `Err(actual)`.
    #[track_caller]
    pub fn compare_exchange(&self, i: usize, current: T, new: T) -> Result<T, T> where T: AtomicInt {
        let old: T = __atomic_cmpxchg::<T>(self.__at(i), current, new);
        if old == current {
            Ok(old)
        } else {
            Err(old)
        }
    }
}

// ---- threads ----

#[wasm::import(module = "wr")]
extern "C" {
    // Hands the job to another thread: false when the host has none free (or none at all).
    fn __wr_thread_spawn(cell: usize, packet: usize) -> bool;
    // Blocks until the packet's state is no longer 0 (running).
    fn __wr_thread_join(packet: usize);
}

// What `join` returns when the thread panicked (printed as rustc prints the payload).
pub struct JoinError {}

impl __Debug for JoinError {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        f.write_str("Any { .. }")
    }
}

// A packet: [0] the state (0 running, 1 finished, 2 panicked, 3 the thread ended the program: [4] the
// exit code, as `process::exit` or an abort would), [8] the result, an Option<T>.
pub struct JoinHandle<T> {
    packet: usize,
}

impl<T> JoinHandle<T> {
    pub fn join(self) -> Result<T, JoinError> {
        let p: usize = self.packet;
        if __atomic_load::<u32>(p) == 0 {
            __wr_thread_join(p);
        }
        let state: u32 = __atomic_load::<u32>(p);
        if state == 3 {
            __wr_exit(__ptr_read::<u32>(p + 4));
        }
        if state == 2 {
            return Err(JoinError {});
        }
        let r: Option<T> = __ptr_read::<Option<T>>(p + 8);
        __wr_free(p);
        match r {
            Some(v) => Ok(v),
            None => Err(JoinError {}),
        }
    }
    pub fn is_finished(&self) -> bool {
        __atomic_load::<u32>(self.packet) != 0
    }
}

// `std::thread::spawn` / `wasm::thread::spawn`: runs `f` on another instance of this module that shares
// its memory (a threads build, when the host has a thread free); otherwise on this thread, now, with the
// same result.
pub fn __std_thread_spawn<T, F: FnOnce() -> T + 'static>(f: F) -> JoinHandle<T> {
    let packet: usize = __wr_alloc(8 + __size_of::<Option<T>>());
    __ptr_write::<u32>(packet, 0);
    __ptr_write::<Option<T>>(packet + 8, None);
    let job: Box<dyn FnOnce()> = Box::new(move || {
        let r: T = f();
        __ptr_write::<Option<T>>(packet + 8, Some(r));
    });
    let cell: usize = __wr_alloc(__size_of::<Box<dyn FnOnce()>>());
    __ptr_write::<Box<dyn FnOnce()>>(cell, job);
    if !__wr_thread_spawn(cell, packet) {
        // on this thread, now ([168] of the heap state: inside a spawned job, for the panic message)
        let depth: usize = __heap_base() + 168;
        __ptr_write::<u32>(depth, __ptr_read::<u32>(depth) + 1);
        __wr_thread_run(cell);
        __ptr_write::<u32>(depth, __ptr_read::<u32>(depth) - 1);
        __atomic_store::<u32>(packet, 1);
    }
    JoinHandle { packet: packet }
}

// Run by the host on the calling thread when no worker takes the job (it catches a panic, as a thread
// would end: `join` then returns Err). [168] of the heap state: inside such a job, for the panic message.
pub fn __wr_thread_inline(cell: usize, packet: usize) {
    let depth: usize = __heap_base() + 168;
    __ptr_write::<u32>(depth, __ptr_read::<u32>(depth) + 1);
    __wr_thread_run(cell);
    __ptr_write::<u32>(depth, __ptr_read::<u32>(depth) - 1);
    __atomic_store::<u32>(packet, 1);
}
// After a panic in such a job (the host caught it).
pub fn __wr_thread_unwound(packet: usize) {
    let depth: usize = __heap_base() + 168;
    __ptr_write::<u32>(depth, __ptr_read::<u32>(depth) - 1);
    __atomic_store::<u32>(packet, 2);
}

fn __wr_thread_run(cell: usize) {
    let job: Box<dyn FnOnce()> = __ptr_read::<Box<dyn FnOnce()>>(cell);
    __wr_free(cell);
    job();
}

// A spawned thread's body, called by `__wr_thread_start` (which the compiler writes: it first gives the
// thread its own stack and output buffer) on the worker's instance.
pub fn __wr_thread_main(cell: usize, packet: usize) {
    let st: usize = __wr_capture_state();
    __ptr_write::<usize>(st, 0);
    __ptr_write::<usize>(st + 4, 0);
    __ptr_write::<usize>(st + 8, 0);
    __wr_thread_run(cell);
    __out_flush();
    // (the worker publishes the packet's state once it is free for the next job: thread-worker.mjs)
    let _ = packet;
}

// ---- handle statistics (tests, leak hunting) ----

#[wasm::import(module = "wr")]
extern "C" {
    fn __wr_refs_live() -> u32;
    fn __wr_refs_capacity() -> u32;
}

// `wasm::live_handles()`: how many ExternRef/FuncRef handles this thread holds (null ones included).
pub fn live_handles() -> u32 {
    if !__wr_reftypes() {
        return __wr_refs_live();
    }
    let st: usize = __wr_ref_state();
    let fresh: u32 = __ptr_read::<u32>(st + 12);
    if fresh == 0 {
        return 0;
    }
    let mut free: u32 = 0;
    let mut at: u32 = __ptr_read::<u32>(st);
    while at != 0 {
        free += 1;
        at = __ptr_read::<u32>(__ptr_read::<usize>(st + 4) + ((at - 1) as usize) * 8 + 4);
    }
    fresh - 1 - free
}

// `wasm::handle_slots()`: the slots the handle table has (live or free): it never shrinks.
pub fn handle_slots() -> u32 {
    if !__wr_reftypes() {
        return __wr_refs_capacity();
    }
    let fresh: u32 = __ptr_read::<u32>(__wr_ref_state() + 12);
    if fresh == 0 { 0 } else { fresh - 1 }
}
