// Slices, written in WasmRust: `&[T]` is `__Slice<T>` and `&mut [T]` is `__SliceMut<T>` (a pointer to the
// first element and a length; the compiler maps the types, makes them from `&Vec<T>` / `&[T; N]` /
// `&v[a..b]`, and prints them as `&[T]`). Their methods are here; Vec offers the same through as_slice.

pub struct __Slice<T> {
    buf: usize,
    len: usize,
}

pub struct __SliceMut<T> {
    buf: usize,
    len: usize,
}

// The mutating methods of __SliceMut take `&self`: the value is the reference, the mutation goes through it.
// `&v[a..b]` (the compiler passes usize::MAX for an open end): the bounds panics are std's.
#[track_caller]
fn __slice_range_check(start: usize, end: usize, len: usize) {
    if start > end {
        let msg: String = format!("slice index starts at {} but ends at {}", start, end);
        __wr_panic_caller(&msg);
    }
    if end > len {
        let msg: String = format!("range end index {} out of range for slice of length {}", end, len);
        __wr_panic_caller(&msg);
    }
}

fn __array_as_slice<T>(addr: usize, n: usize) -> __Slice<T> {
    __Slice { buf: addr, len: n }
}

fn __array_as_mut_slice<T>(addr: usize, n: usize) -> __SliceMut<T> {
    __SliceMut { buf: addr, len: n }
}

impl<T> __Slice<T> {
    fn slot(&self, i: usize) -> usize {
        self.buf + i * __size_of::<T>()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[track_caller]
    pub fn index(&self, index: usize) -> &mut T {
        if index >= self.len {
            __wr_panic_bounds_caller(self.len, index);
        }
        __addr_ref::<T>(self.slot(index))
    }

    #[track_caller]
    pub fn __index_range(&self, start: usize, end: usize) -> __Slice<T> {
        let e: usize = if end == usize::MAX { self.len } else { end };
        __slice_range_check(start, e, self.len);
        __Slice { buf: self.slot(start), len: e - start }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
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

    pub fn iter(&self) -> Iter<T> {
        __array_iter::<T>(self.buf, self.len)
    }

    pub fn into_iter(self) -> Iter<T> {
        __array_iter::<T>(self.buf, self.len)
    }

    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (__Slice<T>, __Slice<T>) {
        if mid > self.len {
            __wr_panic_caller("mid > len");
        }
        (__Slice { buf: self.buf, len: mid }, __Slice { buf: self.slot(mid), len: self.len - mid })
    }

    pub fn split_first(&self) -> Option<(&T, __Slice<T>)> {
        if self.len == 0 {
            None
        } else {
            Some((__addr_ref::<T>(self.buf), __Slice { buf: self.slot(1), len: self.len - 1 }))
        }
    }

    pub fn split_last(&self) -> Option<(&T, __Slice<T>)> {
        if self.len == 0 {
            None
        } else {
            Some((__addr_ref::<T>(self.slot(self.len - 1)), __Slice { buf: self.buf, len: self.len - 1 }))
        }
    }

    #[track_caller]
    pub fn windows(&self, size: usize) -> Windows<T> {
        if size == 0 {
            __wr_panic_caller("window size must be non-zero");
        }
        Windows { buf: self.buf, len: self.len, size: size, pos: 0 }
    }

    #[track_caller]
    pub fn chunks(&self, size: usize) -> Chunks<T> {
        if size == 0 {
            __wr_panic_caller("chunk size must be non-zero");
        }
        Chunks { buf: self.buf, len: self.len, size: size, pos: 0 }
    }
}

impl<T: PartialEq> __Slice<T> {
    pub fn contains(&self, x: &T) -> bool {
        let mut i: usize = 0;
        while i < self.len {
            let e: &T = __addr_ref::<T>(self.slot(i));
            if e == x {
                return true;
            }
            i += 1;
        }
        false
    }

    pub fn starts_with(&self, prefix: __Slice<T>) -> bool {
        if prefix.len > self.len {
            return false;
        }
        let mut i: usize = 0;
        while i < prefix.len {
            let a: &T = __addr_ref::<T>(self.slot(i));
            let b: &T = __addr_ref::<T>(prefix.slot(i));
            if a != b {
                return false;
            }
            i += 1;
        }
        true
    }

    // `s == t` (the compiler calls this)
    pub fn __eq(&self, other: &__Slice<T>) -> bool {
        if self.len != other.len {
            return false;
        }
        let mut i: usize = 0;
        while i < self.len {
            let a: &T = __addr_ref::<T>(self.slot(i));
            let b: &T = __addr_ref::<T>(other.slot(i));
            if a != b {
                return false;
            }
            i += 1;
        }
        true
    }
}

impl<T: PartialOrd> __Slice<T> {
    pub fn __partial_cmp(&self, other: &__Slice<T>) -> i32 {
        let mut i: usize = 0;
        while i < self.len && i < other.len {
            let a: &T = __addr_ref::<T>(self.slot(i));
            let b: &T = __addr_ref::<T>(other.slot(i));
            if a < b {
                return -1;
            }
            if a > b {
                return 1;
            }
            if a != b {
                return 2;
            }
            i += 1;
        }
        if self.len < other.len {
            -1
        } else if self.len > other.len {
            1
        } else {
            0
        }
    }
}

impl<T: Ord> __Slice<T> {
    pub fn binary_search(&self, x: &T) -> Result<usize, usize> {
        let v: Vec<&T> = self.iter().collect();
        let mut size: usize = self.len;
        if size == 0 {
            return Err(0);
        }
        let mut base: usize = 0;
        while size > 1 {
            let half: usize = size / 2;
            let mid: usize = base + half;
            if *v[mid] <= *x {
                base = mid;
            }
            size -= half;
        }
        if *v[base] == *x {
            Ok(base)
        } else if *v[base] < *x {
            Err(base + 1)
        } else {
            Err(base)
        }
    }
}

impl<T: Clone> __Slice<T> {
    pub fn to_vec(&self) -> Vec<T> {
        let mut out: Vec<T> = Vec::with_capacity(self.len);
        let mut i: usize = 0;
        while i < self.len {
            out.push(__addr_ref::<T>(self.slot(i)).clone());
            i += 1;
        }
        out
    }

    pub fn to_owned(&self) -> Vec<T> {
        self.to_vec()
    }
}

impl<T: Hash> __Slice<T> {
    pub fn __hash(&self) -> u64 {
        let mut h: u64 = 0xcbf29ce484222325 ^ (self.len as u64);
        let mut i: usize = 0;
        while i < self.len {
            h = (h ^ __hash_of::<T>(__addr_ref::<T>(self.slot(i)))) * 0x100000001b3;
            i += 1;
        }
        h
    }
}

impl<T> __SliceMut<T> {
    fn slot(&self, i: usize) -> usize {
        self.buf + i * __size_of::<T>()
    }

    fn __shared(&self) -> __Slice<T> {
        __Slice { buf: self.buf, len: self.len }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[track_caller]
    pub fn index(&self, index: usize) -> &mut T {
        if index >= self.len {
            __wr_panic_bounds_caller(self.len, index);
        }
        __addr_ref::<T>(self.slot(index))
    }

    #[track_caller]
    pub fn __index_range(&self, start: usize, end: usize) -> __SliceMut<T> {
        let e: usize = if end == usize::MAX { self.len } else { end };
        __slice_range_check(start, e, self.len);
        __SliceMut { buf: self.slot(start), len: e - start }
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        self.__shared().get(index)
    }

    pub fn get_mut(&self, index: usize) -> Option<&mut T> {
        if index < self.len {
            Some(__addr_ref::<T>(self.slot(index)))
        } else {
            None
        }
    }

    pub fn first(&self) -> Option<&T> {
        self.__shared().first()
    }

    pub fn last(&self) -> Option<&T> {
        self.__shared().last()
    }

    pub fn iter(&self) -> Iter<T> {
        __array_iter::<T>(self.buf, self.len)
    }

    pub fn iter_mut(&self) -> IterMut<T> {
        __array_iter_mut::<T>(self.buf, self.len)
    }

    pub fn into_iter(self) -> IterMut<T> {
        __array_iter_mut::<T>(self.buf, self.len)
    }

    #[track_caller]
    pub fn swap(&self, a: usize, b: usize) {
        if a >= self.len {
            __wr_panic_bounds_caller(self.len, a);
        }
        if b >= self.len {
            __wr_panic_bounds_caller(self.len, b);
        }
        let t: T = __ptr_read::<T>(self.slot(a));
        __mem_copy(self.slot(a), self.slot(b), __size_of::<T>());
        __ptr_write::<T>(self.slot(b), t);
    }

    pub fn reverse(&self) {
        if self.len < 2 {
            return;
        }
        let mut i: usize = 0;
        let mut j: usize = self.len - 1;
        while i < j {
            self.swap(i, j);
            i += 1;
            j -= 1;
        }
    }

    #[track_caller]
    pub fn split_at_mut(&self, mid: usize) -> (__SliceMut<T>, __SliceMut<T>) {
        if mid > self.len {
            __wr_panic_caller("mid > len");
        }
        (__SliceMut { buf: self.buf, len: mid }, __SliceMut { buf: self.slot(mid), len: self.len - mid })
    }

    // Sorting in place through a Vec view of the same buffer (the sort itself is Vec's merge sort).
    fn __as_vec(&self) -> Vec<T> {
        let mut v: Vec<T> = Vec::with_capacity(self.len);
        __mem_copy(v.as_ptr(), self.buf, self.len * __size_of::<T>());
        v.__set_len(self.len);
        v
    }

    fn __from_vec(&self, v: Vec<T>) {
        __mem_copy(self.buf, v.as_ptr(), self.len * __size_of::<T>());
    }

    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&self, compare: F) {
        let mut v: Vec<T> = self.__as_vec();
        v.sort_by(compare);
        self.__from_vec(v);
    }

    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&self, f: F) {
        let mut v: Vec<T> = self.__as_vec();
        v.sort_by_key(f);
        self.__from_vec(v);
    }

    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&self, compare: F) {
        self.sort_by(compare);
    }

    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&self, f: F) {
        self.sort_by_key(f);
    }
}

impl<T: Clone> __SliceMut<T> {
    pub fn fill(&self, value: T) {
        let mut i: usize = 0;
        while i < self.len {
            __ptr_write::<T>(self.slot(i), value.clone());
            i += 1;
        }
    }

    pub fn to_vec(&self) -> Vec<T> {
        self.__shared().to_vec()
    }
}

impl<T: PartialEq> __SliceMut<T> {
    pub fn contains(&self, x: &T) -> bool {
        self.__shared().contains(x)
    }
}

impl<T: Ord> __SliceMut<T> {
    pub fn sort(&self) {
        let mut v: Vec<T> = self.__as_vec();
        v.sort();
        self.__from_vec(v);
    }

    pub fn sort_unstable(&self) {
        self.sort();
    }
}

pub struct Windows<T> {
    buf: usize,
    len: usize,
    size: usize,
    pos: usize,
}

impl<T> Iterator for Windows<T> {
    type Item = __Slice<T>;
    fn next(&mut self) -> Option<__Slice<T>> {
        if self.pos + self.size > self.len {
            return None;
        }
        let s: __Slice<T> = __Slice { buf: self.buf + self.pos * __size_of::<T>(), len: self.size };
        self.pos += 1;
        Some(s)
    }
}

pub struct Chunks<T> {
    buf: usize,
    len: usize,
    size: usize,
    pos: usize,
}

impl<T> Iterator for Chunks<T> {
    type Item = __Slice<T>;
    fn next(&mut self) -> Option<__Slice<T>> {
        if self.pos >= self.len {
            return None;
        }
        let n: usize = if self.len - self.pos < self.size { self.len - self.pos } else { self.size };
        let s: __Slice<T> = __Slice { buf: self.buf + self.pos * __size_of::<T>(), len: n };
        self.pos += n;
        Some(s)
    }
}

impl<T> Vec<T> {
    pub fn as_slice(&self) -> __Slice<T> {
        __Slice { buf: self.buf, len: self.len }
    }

    pub fn as_mut_slice(&mut self) -> __SliceMut<T> {
        __SliceMut { buf: self.buf, len: self.len }
    }

    pub fn as_ptr(&self) -> usize {
        self.buf
    }

    fn __set_len(&mut self, n: usize) {
        self.len = n;
    }

    #[track_caller]
    pub fn __index_range(&self, start: usize, end: usize) -> __Slice<T> {
        let e: usize = if end == usize::MAX { self.len } else { end };
        __slice_range_check(start, e, self.len);
        __Slice { buf: self.buf + start * __size_of::<T>(), len: e - start }
    }

    #[track_caller]
    pub fn __index_range_mut(&mut self, start: usize, end: usize) -> __SliceMut<T> {
        let e: usize = if end == usize::MAX { self.len } else { end };
        __slice_range_check(start, e, self.len);
        __SliceMut { buf: self.buf + start * __size_of::<T>(), len: e - start }
    }

    pub fn windows(&self, size: usize) -> Windows<T> {
        self.as_slice().windows(size)
    }

    pub fn chunks(&self, size: usize) -> Chunks<T> {
        self.as_slice().chunks(size)
    }

    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (__Slice<T>, __Slice<T>) {
        self.as_slice().split_at(mid)
    }
}

impl<T: Clone> Vec<T> {
    pub fn to_vec(&self) -> Vec<T> {
        self.as_slice().to_vec()
    }

    pub fn extend_from_slice(&mut self, other: __Slice<T>) {
        let mut i: usize = 0;
        while i < other.len {
            self.push(__addr_ref::<T>(other.slot(i)).clone());
            i += 1;
        }
    }
}
