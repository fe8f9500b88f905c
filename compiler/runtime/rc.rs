// `std::rc::Rc`, `std::cell::RefCell` and `Cell`, written in WasmRust. Rc<T> points at its value, with the
// strong count in the word before it; RefCell's `borrow`/`borrow_mut` give guards pointing at the value.
// Dropping the last Rc drops the value and frees it. RefCell borrows are not tracked yet, so a program that
// breaks the borrow rules at run time does not panic as it would with std.

pub struct Rc<T> {
    ptr: usize,
}

impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T> {
        let base: usize = __wr_alloc(8 + __size_of::<T>());
        __ptr_write::<usize>(base, 1);
        __ptr_write::<T>(base + 8, value);
        Rc { ptr: base + 8 }
    }

    // (field access on an Rc reaches the value, so the pointer is taken from `&**this`)
    pub fn strong_count(this: &Rc<T>) -> usize {
        __ptr_read::<usize>(__ref_addr::<T>(&**this) - 8)
    }

    pub fn ptr_eq(a: &Rc<T>, b: &Rc<T>) -> bool {
        __ref_addr::<T>(&**a) == __ref_addr::<T>(&**b)
    }

    // `rc.clone()` / `Rc::clone(&rc)` / `.map(Rc::clone)`: the same value, one more owner.
    pub fn clone(&self) -> Rc<T> {
        self.__deep_clone()
    }

    pub fn __deep_clone(&self) -> Rc<T> {
        let p: usize = __ref_addr::<T>(&**self);
        __ptr_write::<usize>(p - 8, __ptr_read::<usize>(p - 8) + 1);
        Rc { ptr: p }
    }
}

impl<T> Drop for Rc<T> {
    fn drop(&mut self) {
        let p: usize = __ref_addr::<T>(&**self);
        let n: usize = __ptr_read::<usize>(p - 8);
        if n == 1 {
            __drop_in_place::<T>(p);
            __wr_free(p - 8);
        } else {
            __ptr_write::<usize>(p - 8, n - 1);
        }
    }
}

pub struct RefCell<T> {
    value: T,
}

pub struct Ref<T> {
    ptr: usize,
}

pub struct RefMut<T> {
    ptr: usize,
}

impl<T> RefCell<T> {
    pub fn new(value: T) -> RefCell<T> {
        RefCell { value: value }
    }

    pub fn borrow(&self) -> Ref<T> {
        Ref { ptr: __ref_addr::<T>(&self.value) }
    }

    pub fn borrow_mut(&self) -> RefMut<T> {
        RefMut { ptr: __ref_addr::<T>(&self.value) }
    }

    pub fn into_inner(self) -> T {
        self.value
    }

    pub fn replace(&self, value: T) -> T {
        let p: usize = __ref_addr::<T>(&self.value);
        let old: T = __ptr_read::<T>(p);
        __ptr_write::<T>(p, value);
        old
    }

    pub fn get_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

impl<T: Debug> __Debug for RefCell<T> {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        let s: String = format!("RefCell {{ value: {:?} }}", self.value);
        f.write_str(&s)
    }
}

pub struct Cell<T> {
    value: T,
}

impl<T: Copy> Cell<T> {
    pub fn new(value: T) -> Cell<T> {
        Cell { value: value }
    }

    pub fn get(&self) -> T {
        self.value
    }

    pub fn set(&self, value: T) {
        __ptr_write::<T>(__ref_addr::<T>(&self.value), value);
    }

    pub fn replace(&self, value: T) -> T {
        let old: T = self.value;
        self.set(value);
        old
    }

    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T: Copy + Debug> __Debug for Cell<T> {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        let s: String = format!("Cell {{ value: {:?} }}", self.value);
        f.write_str(&s)
    }
}
