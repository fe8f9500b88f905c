// `std::collections::VecDeque` (a ring buffer over a Vec of slots) and `BinaryHeap` (a max-heap in a Vec,
// sift up/down; `Reverse` makes it a min-heap), written in WasmRust.

pub struct VecDeque<T> {
    buf: usize,   // slots
    cap: usize,
    head: usize,  // index of the front element
    len: usize,
}

impl<T> Drop for VecDeque<T> {
    fn drop(&mut self) {
        self.clear();
        if self.cap > 0 {
            __wr_free(self.buf);
        }
    }
}

impl<T> VecDeque<T> {
    pub fn new() -> VecDeque<T> {
        VecDeque { buf: 0, cap: 0, head: 0, len: 0 }
    }

    pub fn with_capacity(capacity: usize) -> VecDeque<T> {
        let mut d: VecDeque<T> = VecDeque::new();
        if capacity > 0 {
            d.__grow_to(capacity);
        }
        d
    }

    fn __slot(&self, i: usize) -> usize {
        self.buf + ((self.head + i) % self.cap) * __size_of::<T>()
    }

    fn __grow_to(&mut self, want: usize) {
        let mut cap: usize = if self.cap == 0 { 4 } else { self.cap * 2 };
        while cap < want {
            cap = cap * 2;
        }
        let size: usize = __size_of::<T>();
        let nb: usize = __wr_alloc(if cap * size == 0 { 1 } else { cap * size });
        let mut i: usize = 0;
        while i < self.len {
            __mem_copy(nb + i * size, self.__slot(i), size);
            i += 1;
        }
        if self.cap > 0 {
            __wr_free(self.buf);
        }
        self.buf = nb;
        self.cap = cap;
        self.head = 0;
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn clear(&mut self) {
        if __needs_drop::<T>() {
            let mut i: usize = 0;
            while i < self.len {
                __drop_in_place::<T>(self.__slot(i));
                i += 1;
            }
        }
        self.len = 0;
        self.head = 0;
    }

    pub fn push_back(&mut self, value: T) {
        if self.len == self.cap {
            self.__grow_to(self.len + 1);
        }
        __ptr_write::<T>(self.__slot(self.len), value);
        self.len += 1;
    }

    pub fn push_front(&mut self, value: T) {
        if self.len == self.cap {
            self.__grow_to(self.len + 1);
        }
        self.head = (self.head + self.cap - 1) % self.cap;
        __ptr_write::<T>(self.__slot(0), value);
        self.len += 1;
    }

    pub fn pop_front(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v: T = __ptr_read::<T>(self.__slot(0));
        self.head = (self.head + 1) % self.cap;
        self.len -= 1;
        Some(v)
    }

    pub fn pop_back(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        Some(__ptr_read::<T>(self.__slot(self.len)))
    }

    pub fn front(&self) -> Option<&T> {
        self.get(0)
    }

    pub fn back(&self) -> Option<&T> {
        if self.len == 0 {
            None
        } else {
            self.get(self.len - 1)
        }
    }

    pub fn get(&self, i: usize) -> Option<&T> {
        if i < self.len {
            Some(__addr_ref::<T>(self.__slot(i)))
        } else {
            None
        }
    }

    pub fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        if i < self.len {
            Some(__addr_ref::<T>(self.__slot(i)))
        } else {
            None
        }
    }

    #[track_caller]
    pub fn index(&self, i: usize) -> &mut T {
        if i >= self.len {
            __wr_panic_caller("Out of bounds access");
        }
        __addr_ref::<T>(self.__slot(i))
    }

    // Front to back, as a collected Vec of references (the order is the deque's).
    pub fn iter(&self) -> IntoIter<&T> {
        let mut v: Vec<&T> = Vec::with_capacity(self.len);
        let mut i: usize = 0;
        while i < self.len {
            v.push(__addr_ref::<T>(self.__slot(i)));
            i += 1;
        }
        v.into_iter()
    }

    pub fn into_iter(self) -> DequeIntoIter<T> {
        DequeIntoIter { d: self }
    }

    pub fn extend<I: Iterator<Item = T>>(&mut self, iter: I) {
        let mut it: I = iter;
        while let Some(x) = it.next() {
            self.push_back(x);
        }
    }
}

impl<T: PartialEq> VecDeque<T> {
    pub fn contains(&self, x: &T) -> bool {
        let mut i: usize = 0;
        while i < self.len {
            let e: &T = __addr_ref::<T>(self.__slot(i));
            if e == x {
                return true;
            }
            i += 1;
        }
        false
    }
}

pub struct DequeIntoIter<T> {
    d: VecDeque<T>,
}

impl<T> Iterator for DequeIntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.d.pop_front()
    }
}

impl<T> DoubleEndedIterator for DequeIntoIter<T> {
    fn next_back(&mut self) -> Option<T> {
        self.d.pop_back()
    }
}

impl<T> FromIterator<T> for VecDeque<T> {
    fn from_iter<I: Iterator<Item = T>>(iter: I) -> VecDeque<T> {
        let mut d: VecDeque<T> = VecDeque::new();
        d.extend(iter);
        d
    }
}

impl<T> Default for VecDeque<T> {
    fn default() -> VecDeque<T> {
        VecDeque::new()
    }
}

impl<T: Debug> __Debug for VecDeque<T> {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        f.write_str("[");
        let mut i: usize = 0;
        while i < self.len {
            if i > 0 {
                f.write_str(", ");
            }
            let e: String = format!("{:?}", __addr_ref::<T>(self.__slot(i)));
            f.write_str(&e);
            i += 1;
        }
        f.write_str("]")
    }
}

pub struct BinaryHeap<T> {
    data: Vec<T>,
}

impl<T: Ord> BinaryHeap<T> {
    pub fn new() -> BinaryHeap<T> {
        BinaryHeap { data: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> BinaryHeap<T> {
        BinaryHeap { data: Vec::with_capacity(capacity) }
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.len() == 0
    }

    pub fn clear(&mut self) {
        self.data.clear();
    }

    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    pub fn push(&mut self, item: T) {
        self.data.push(item);
        let mut i: usize = self.data.len() - 1;
        while i > 0 {
            let parent: usize = (i - 1) / 2;
            if self.data[i] <= self.data[parent] {
                break;
            }
            self.data.swap(i, parent);
            i = parent;
        }
    }

    pub fn pop(&mut self) -> Option<T> {
        let n: usize = self.data.len();
        if n == 0 {
            return None;
        }
        self.data.swap(0, n - 1);
        let top: Option<T> = self.data.pop();
        let m: usize = self.data.len();
        let mut i: usize = 0;
        loop {
            let l: usize = 2 * i + 1;
            let r: usize = l + 1;
            let mut big: usize = i;
            if l < m && self.data[l] > self.data[big] {
                big = l;
            }
            if r < m && self.data[r] > self.data[big] {
                big = r;
            }
            if big == i {
                break;
            }
            self.data.swap(i, big);
            i = big;
        }
        top
    }

    pub fn into_vec(self) -> Vec<T> {
        self.data
    }

    pub fn into_sorted_vec(self) -> Vec<T> {
        let mut h: BinaryHeap<T> = self;
        let mut out: Vec<T> = Vec::with_capacity(h.len());
        while let Some(x) = h.pop() {
            out.push(x);
        }
        out.reverse();
        out
    }

    pub fn iter(&self) -> Iter<T> {
        self.data.iter()
    }

    pub fn extend<I: Iterator<Item = T>>(&mut self, iter: I) {
        let mut it: I = iter;
        while let Some(x) = it.next() {
            self.push(x);
        }
    }
}

impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
    fn from_iter<I: Iterator<Item = T>>(iter: I) -> BinaryHeap<T> {
        let mut h: BinaryHeap<T> = BinaryHeap::new();
        h.extend(iter);
        h
    }
}

impl<T: Ord> Default for BinaryHeap<T> {
    fn default() -> BinaryHeap<T> {
        BinaryHeap::new()
    }
}
