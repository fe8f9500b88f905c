// `Vec<T>`, written in WasmRust: a growable array on the heap (compiler/runtime/alloc.rs).
// Elements are moved in and out with the `__ptr_read`/`__ptr_write` intrinsics. Dropping a Vec does not
// free its buffer yet (Drop arrives with the rest of language v1).

pub struct Vec<T> {
    buf: usize,
    cap: usize,
    len: usize,
}

impl<T> Vec<T> {
    pub fn new() -> Vec<T> {
        Vec { buf: 0, cap: 0, len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> Vec<T> {
        let mut v: Vec<T> = Vec::new();
        v.reserve(capacity);
        v
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.cap
    }

    fn slot(&self, i: usize) -> usize {
        self.buf + i * __size_of::<T>()
    }

    pub fn reserve(&mut self, additional: usize) {
        let need: usize = self.len + additional;
        if need <= self.cap {
            return;
        }
        let mut cap: usize = if self.cap == 0 { 4 } else { self.cap * 2 };
        if cap < need {
            cap = need;
        }
        let size: usize = __size_of::<T>();
        let buf: usize = __wr_alloc(cap * size);
        if self.len > 0 {
            __mem_copy(buf, self.buf, self.len * size);
        }
        if self.buf != 0 {
            __wr_free(self.buf);
        }
        self.buf = buf;
        self.cap = cap;
    }

    pub fn push(&mut self, value: T) {
        if self.len == self.cap {
            self.reserve(1);
        }
        __ptr_write::<T>(self.slot(self.len), value);
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            Some(__ptr_read::<T>(self.slot(self.len)))
        }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len {
            Some(__addr_ref::<T>(self.slot(index)))
        } else {
            None
        }
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len {
            Some(__addr_ref::<T>(self.slot(index)))
        } else {
            None
        }
    }

    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&T> {
        if self.len == 0 {
            None
        } else {
            self.get(self.len - 1)
        }
    }

    // `v[i]` (the compiler calls this for indexing; the panic is reported at the indexing expression)
    #[track_caller]
    pub fn index(&self, index: usize) -> &mut T {
        if index >= self.len {
            __wr_panic_bounds_caller(self.len, index);
        }
        __addr_ref::<T>(self.slot(index))
    }

    #[track_caller]
    pub fn insert(&mut self, index: usize, element: T) {
        if index > self.len {
            __wr_panic_index_caller("insertion index (is ", index, ") should be <= len (is ", self.len);
        }
        if self.len == self.cap {
            self.reserve(1);
        }
        let size: usize = __size_of::<T>();
        if index < self.len {
            __mem_copy(self.slot(index + 1), self.slot(index), (self.len - index) * size);
        }
        __ptr_write::<T>(self.slot(index), element);
        self.len += 1;
    }

    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        if index >= self.len {
            __wr_panic_index_caller("removal index (is ", index, ") should be < len (is ", self.len);
        }
        let value: T = __ptr_read::<T>(self.slot(index));
        let size: usize = __size_of::<T>();
        if index + 1 < self.len {
            __mem_copy(self.slot(index), self.slot(index + 1), (self.len - index - 1) * size);
        }
        self.len -= 1;
        value
    }

    #[track_caller]
    pub fn swap_remove(&mut self, index: usize) -> T {
        if index >= self.len {
            __wr_panic_index_caller("swap_remove index (is ", index, ") should be < len (is ", self.len);
        }
        let value: T = __ptr_read::<T>(self.slot(index));
        self.len -= 1;
        if index < self.len {
            __mem_copy(self.slot(index), self.slot(self.len), __size_of::<T>());
        }
        value
    }

    #[track_caller]
    pub fn swap(&mut self, a: usize, b: usize) {
        if a >= self.len {
            __wr_panic_bounds_caller(self.len, a);
        }
        if b >= self.len {
            __wr_panic_bounds_caller(self.len, b);
        }
        if a != b {
            let x: T = __ptr_read::<T>(self.slot(a));
            __mem_copy(self.slot(a), self.slot(b), __size_of::<T>());
            __ptr_write::<T>(self.slot(b), x);
        }
    }

    pub fn reverse(&mut self) {
        let mut i: usize = 0;
        let mut j: usize = self.len;
        while i + 1 < j {
            j -= 1;
            let x: T = __ptr_read::<T>(self.slot(i));
            __mem_copy(self.slot(i), self.slot(j), __size_of::<T>());
            __ptr_write::<T>(self.slot(j), x);
            i += 1;
        }
    }

    pub fn truncate(&mut self, len: usize) {
        if len < self.len {
            self.len = len;
        }
    }

    pub fn clear(&mut self) {
        self.len = 0;
    }
}
