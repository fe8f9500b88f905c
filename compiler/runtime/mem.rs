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

// `drop(x)` (the prelude's) and `std::mem::drop`: takes ownership of x, which ends its use (the ownership
// checker sees the move). Values have no destructors yet, so nothing else happens.
pub fn drop<T>(_x: T) {}
pub fn __std_mem_drop<T>(_x: T) {}
