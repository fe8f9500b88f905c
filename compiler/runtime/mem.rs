// `std::mem` and `std::process` functions, written in WasmRust. The resolver maps the paths
// `std::mem::swap`, `mem::swap` (after `use std::mem;`), `std::process::exit`... to the functions named
// `__std_<module>_<name>` below (resolve.cpp, lookupValuePath).

// Exchanges the values behind two `&mut` (bytewise, like std).
pub fn __std_mem_swap<T>(a: &mut T, b: &mut T) {
    let pa: usize = __ref_addr::<T>(a);
    let pb: usize = __ref_addr::<T>(b);
    if pa != pb {
        let x: T = __ptr_read::<T>(pa);
        __mem_copy(pa, pb, __size_of::<T>());
        __ptr_write::<T>(pb, x);
    }
}

// Moves `src` into `*dest` and returns the previous value.
pub fn __std_mem_replace<T>(dest: &mut T, src: T) -> T {
    let pd: usize = __ref_addr::<T>(dest);
    let old: T = __ptr_read::<T>(pd);
    __ptr_write::<T>(pd, src);
    old
}

// Flushes what was printed and ends the program with `code` (the exit status of `wasmrust run`).
pub fn __std_process_exit(code: i32) -> ! {
    __out_flush();
    __wr_exit(code as u32)
}

// std::mem::take: the value, leaving its type's default behind.
pub fn __std_mem_take<T: Default>(dest: &mut T) -> T {
    __std_mem_replace(dest, T::default())
}

// Drop (docs/language.md, "Drop"): a user's `impl Drop` runs when its value goes out of scope, before the
// value's fields are dropped. Drop elaboration (compiler/mir/drops.h) inserts the calls in user code; the
// library's own code (these files) is not elaborated: it drops explicitly, with `__drop_in_place::<T>(addr)`,
// and never drops a value it did not mean to (taking `self` by value and keeping its buffer is safe here).
pub trait Drop {
    fn drop(&mut self);
}

// The drop glue of T: `<T as Drop>::drop`, then the glue of each field in order (the active variant's, for
// an enum; each element, for an array). The compiler makes the body for each T (mir/build.cpp).
pub fn __drop_glue<T>(_p: &mut T) {}

// `drop(x)` (the prelude's) and `std::mem::drop`: takes ownership of x and drops it now.
pub fn drop<T>(x: T) {
    __drop_in_place::<T>(__ref_addr::<T>(&x));
}
pub fn __std_mem_drop<T>(x: T) {
    __drop_in_place::<T>(__ref_addr::<T>(&x));
}

// `std::mem::forget`: takes ownership of x and never drops it (library code drops nothing by itself).
pub fn __std_mem_forget<T>(_x: T) {}

// `dyn Fn(A, ..) -> R`, `dyn FnMut(..)`, `dyn FnOnce(..)`: the traits of closure trait objects. The type's
// arguments are (R, A, ..); a call `f(x)` on one is `__dyn_call::<dyn Fn(..)>(&f, x)`, which the compiler
// turns into a dispatch on the object's type tag to the closure (or function) behind it (lower.cpp).
pub trait __DynFn {}
pub trait __DynFnMut {}
pub trait __DynFnOnce {}
pub fn __dyn_call<T>() {}
