// `Vec<T>`, written in WasmRust: a growable array on the heap (compiler/runtime/alloc.rs).
// Elements are moved in and out with the `__ptr_read`/`__ptr_write` intrinsics. Dropping a Vec drops its
// elements in order, then frees its buffer.

pub struct Vec<T> {
    buf: usize,
    cap: usize,
    len: usize,
}

impl<T> Drop for Vec<T> {
    fn drop(&mut self) {
        self.__drop_elems(0);
        __wr_free(self.buf);
    }
}

impl<T> Vec<T> {
    // Drops the elements from `from` on and shortens the Vec to `from` (truncate, clear, drop).
    fn __drop_elems(&mut self, from: usize) {
        if from >= self.len {
            return;
        }
        let end: usize = self.len;
        self.len = from;
        if __needs_drop::<T>() {
            let mut i: usize = from;
            while i < end {
                __drop_in_place::<T>(self.buf + i * __size_of::<T>());
                i += 1;
            }
        }
    }

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

    pub fn first_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }

    pub fn last_mut(&mut self) -> Option<&mut T> {
        if self.len == 0 {
            None
        } else {
            let i: usize = self.len - 1;
            self.get_mut(i)
        }
    }

    // Moves all the elements of `other` to the end of `self`, leaving `other` empty.
    pub fn append(&mut self, other: &mut Vec<T>) {
        let n: usize = other.len;
        if n == 0 {
            return;
        }
        self.reserve(n);
        __mem_copy(self.slot(self.len), other.buf, n * __size_of::<T>());
        self.len += n;
        other.len = 0;
    }

    // Splits at `at`: `self` keeps `[0, at)`, the returned Vec holds `[at, len)`.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        if at > self.len {
            __wr_panic_index_caller("`at` split index (is ", at, ") should be <= len (is ", self.len);
        }
        let n: usize = self.len - at;
        let mut tail: Vec<T> = Vec::with_capacity(n);
        if n > 0 {
            __mem_copy(tail.buf, self.slot(at), n * __size_of::<T>());
        }
        tail.len = n;
        self.len = at;
        tail
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
        self.__drop_elems(len);
    }

    pub fn clear(&mut self) {
        self.__drop_elems(0);
    }
}

impl<T: PartialEq> Vec<T> {
    // `v == w` (the compiler calls this): same length and equal elements.
    pub fn __eq(&self, other: &Vec<T>) -> bool {
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

    // Removes consecutive equal elements, keeping the first of each run (the removed ones are not
    // dropped yet: Drop arrives with the rest of language v1).
    pub fn dedup(&mut self) {
        if self.len < 2 {
            return;
        }
        let size: usize = __size_of::<T>();
        let mut w: usize = 1;
        let mut r: usize = 1;
        while r < self.len {
            let cur: &T = __addr_ref::<T>(self.slot(r));
            let last: &T = __addr_ref::<T>(self.slot(w - 1));
            if cur != last {
                if w != r {
                    __mem_copy(self.slot(w), self.slot(r), size);
                }
                w += 1;
            } else {
                __drop_in_place::<T>(self.slot(r));
            }
            r += 1;
        }
        self.len = w;
    }
}

impl<T: PartialOrd> Vec<T> {
    // `v < w` and friends (the compiler calls this): lexicographic; -1 less, 0 equal, 1 greater,
    // 2 unordered (a NaN inside).
    pub fn __partial_cmp(&self, other: &Vec<T>) -> i32 {
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

impl<T: Ord> Vec<T> {
    pub fn sort(&mut self) {
        self.__merge_sort(|a, b| a < b);
    }

    // std's algorithm (Rust 1.82+), so the index found among equal elements is the same as rustc's.
    pub fn binary_search(&self, x: &T) -> Result<usize, usize> {
        let mut size: usize = self.len;
        if size == 0 {
            return Err(0);
        }
        let mut base: usize = 0;
        while size > 1 {
            let half: usize = size / 2;
            let mid: usize = base + half;
            let m: &T = __addr_ref::<T>(self.slot(mid));
            if m <= x {
                base = mid;
            }
            size -= half;
        }
        let e: &T = __addr_ref::<T>(self.slot(base));
        if e == x {
            Ok(base)
        } else if e < x {
            Err(base + 1)
        } else {
            Err(base)
        }
    }

    pub fn sort_unstable(&mut self) {
        self.sort();
    }
}

impl<T: Clone> Vec<T> {
    // Grows with clones of `value` (the last slot takes `value` itself) or truncates.
    pub fn resize(&mut self, new_len: usize, value: T) {
        if new_len <= self.len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - self.len);
        while self.len + 1 < new_len {
            self.push(value.clone());
        }
        self.push(value);
    }

    // `v.clone()` (the compiler calls this for Vec's derived-style Clone): each element cloned.
    pub fn __deep_clone(&self) -> Vec<T> {
        let mut out: Vec<T> = Vec::with_capacity(self.len);
        let mut i: usize = 0;
        while i < self.len {
            let e: &T = __addr_ref::<T>(self.slot(i));
            out.push(e.clone());
            i += 1;
        }
        out
    }
}

impl<T> Vec<T> {
    // Stable sort by `less` (bottom-up merge sort through a scratch buffer; runs of up to 8 are insertion-sorted
    // first). O(n log n) comparisons, like std's `sort`; elements move as bytes, never cloned.
    fn __merge_sort<F: FnMut(&T, &T) -> bool>(&mut self, mut less: F) {
        let n: usize = self.len;
        if n < 2 {
            return;
        }
        let size: usize = __size_of::<T>();
        let run: usize = 8;
        let mut start: usize = 0;
        while start < n {
            let end: usize = if start + run < n { start + run } else { n };
            let mut i: usize = start + 1;
            while i < end {
                let mut j: usize = i;
                while j > start && less(__addr_ref::<T>(self.slot(j)), __addr_ref::<T>(self.slot(j - 1))) {
                    self.swap(j - 1, j);
                    j -= 1;
                }
                i += 1;
            }
            start = end;
        }
        if n <= run {
            return;
        }
        let scratch: usize = __wr_alloc(n * size);
        let mut src: usize = self.buf;
        let mut dst: usize = scratch;
        let mut width: usize = run;
        while width < n {
            let mut lo: usize = 0;
            while lo < n {
                let mid: usize = if lo + width < n { lo + width } else { n };
                let hi: usize = if lo + 2 * width < n { lo + 2 * width } else { n };
                let mut a: usize = lo;
                let mut b: usize = mid;
                let mut k: usize = lo;
                while k < hi {
                    // take from the right run only when it is strictly smaller (stability)
                    let take_b: bool = a >= mid || (b < hi && less(__addr_ref::<T>(src + b * size), __addr_ref::<T>(src + a * size)));
                    if take_b {
                        __mem_copy(dst + k * size, src + b * size, size);
                        b += 1;
                    } else {
                        __mem_copy(dst + k * size, src + a * size, size);
                        a += 1;
                    }
                    k += 1;
                }
                lo = hi;
            }
            let t: usize = src;
            src = dst;
            dst = t;
            width = width * 2;
        }
        if src != self.buf {
            __mem_copy(self.buf, src, n * size);
        }
        __wr_free(scratch);
    }


    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, mut compare: F) {
        self.__merge_sort(|a, b| compare(a, b) == Ordering::Less);
    }

    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        self.__merge_sort(|a, b| f(a) < f(b));
    }

    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        self.sort_by(compare);
    }

    pub fn sort_unstable_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F) {
        self.sort_by_key(f);
    }

    // Keeps the elements for which `f` is true, in order (the others are not dropped yet).
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let size: usize = __size_of::<T>();
        let mut w: usize = 0;
        let mut r: usize = 0;
        while r < self.len {
            if f(__addr_ref::<T>(self.slot(r))) {
                if w != r {
                    __mem_copy(self.slot(w), self.slot(r), size);
                }
                w += 1;
            } else {
                __drop_in_place::<T>(self.slot(r));
            }
            r += 1;
        }
        self.len = w;
    }

    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let size: usize = __size_of::<T>();
        let mut w: usize = 0;
        let mut r: usize = 0;
        while r < self.len {
            if f(__addr_ref::<T>(self.slot(r))) {
                if w != r {
                    __mem_copy(self.slot(w), self.slot(r), size);
                }
                w += 1;
            } else {
                __drop_in_place::<T>(self.slot(r));
            }
            r += 1;
        }
        self.len = w;
    }

    // Removes consecutive elements that `same_bucket(current, previous_kept)` says are duplicates.
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same_bucket: F) {
        if self.len < 2 {
            return;
        }
        let size: usize = __size_of::<T>();
        let mut w: usize = 1;
        let mut r: usize = 1;
        while r < self.len {
            if !same_bucket(__addr_ref::<T>(self.slot(r)), __addr_ref::<T>(self.slot(w - 1))) {
                if w != r {
                    __mem_copy(self.slot(w), self.slot(r), size);
                }
                w += 1;
            } else {
                __drop_in_place::<T>(self.slot(r));
            }
            r += 1;
        }
        self.len = w;
    }

    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, mut key: F) {
        self.dedup_by(|a, b| key(a) == key(b));
    }

    // std's algorithm, so the index found among equal elements is the same as rustc's.
    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, mut f: F) -> Result<usize, usize> {
        let mut size: usize = self.len;
        if size == 0 {
            return Err(0);
        }
        let mut base: usize = 0;
        while size > 1 {
            let half: usize = size / 2;
            let mid: usize = base + half;
            if f(__addr_ref::<T>(self.slot(mid))) != Ordering::Greater {
                base = mid;
            }
            size -= half;
        }
        let c: Ordering = f(__addr_ref::<T>(self.slot(base)));
        if c == Ordering::Equal {
            Ok(base)
        } else if c == Ordering::Less {
            Err(base + 1)
        } else {
            Err(base)
        }
    }

    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(&self, b: &B, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|k| f(k).cmp(b))
    }

    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        if new_len <= self.len {
            self.truncate(new_len);
            return;
        }
        self.reserve(new_len - self.len);
        while self.len < new_len {
            self.push(f());
        }
    }
}

impl<T: Hash> Vec<T> {
    // `Hash` of a Vec (the compiler calls this for derived hashing): its length, then each element.
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
