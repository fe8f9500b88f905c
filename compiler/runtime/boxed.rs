// `Box<T>`, written in WasmRust: one pointer to a heap value (compiler/runtime/alloc.rs). The compiler
// treats it like a reference for `*b`, field access and method calls (Deref), which is also why a
// recursive type through a Box has a finite size. Dropping a Box drops its contents, then frees them.

pub struct Box<T> {
    ptr: usize,
}

impl<T> Box<T> {
    pub fn new(value: T) -> Box<T> {
        let p: usize = __wr_alloc(__size_of::<T>());
        __ptr_write::<T>(p, value);
        Box { ptr: p }
    }
    // `AsRef`/`AsMut` (as methods): the contents (`Box<dyn Trait>` gives `&dyn Trait`).
    pub fn as_ref(&self) -> &T {
        &**self
    }
    pub fn as_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T> Drop for Box<T> {
    fn drop(&mut self) {
        // (field access on a Box reaches the contents: the pointer is the Box's first word, also for a
        // `Box<dyn Trait>`, whose second word is the type tag)
        let p: usize = __ptr_read::<usize>(__ref_addr::<Box<T>>(self));
        __drop_glue::<T>(&mut **self);
        __wr_free(p);
    }
}

impl<T: Clone> Box<T> {
    // `b.clone()`: a new heap value holding a clone of the contents.
    pub fn __deep_clone(&self) -> Box<T> {
        let e: &T = &**self;
        Box::new(e.clone())
    }
}
