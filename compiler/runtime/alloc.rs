// The heap allocator, written in WasmRust on the compiler's memory intrinsics (docs/wasmir.md).
//
// Blocks are 8-byte aligned with an 8-byte header holding the block size. Freed blocks of up to 256 bytes
// go to one free list per size class (multiples of 8) and are reused exactly; larger blocks go to one
// first-fit list. New blocks are bumped from the end of the heap, which grows with `memory.grow`.
// State lives at the start of the heap: [0] the bump pointer, [4] the large-block list, [8..136] the
// class lists (32 heads). A freed block's header has its low bit set, so freeing it again (a compiler bug:
// drop elaboration dropped a value twice) aborts with a message instead of corrupting the lists.

// In a threads build the heap is shared by every thread: a spin lock at [248] guards it.
fn __wr_heap_lock() {
    if __wr_threads_build() {
        let l: usize = __heap_base() + 248;
        while __atomic_cmpxchg::<u32>(l, 0, 1) != 0 {}
    }
}
fn __wr_heap_unlock() {
    if __wr_threads_build() {
        __atomic_store::<u32>(__heap_base() + 248, 0);
    }
}

fn __wr_alloc(size: usize) -> usize {
    __wr_heap_lock();
    let p: usize = __wr_alloc_locked(size);
    __wr_heap_unlock();
    p
}

fn __wr_alloc_locked(size: usize) -> usize {
    let mut n: usize = (size + 7) & !7;
    if n == 0 {
        n = 8;
    }
    let st: usize = __heap_base();
    if n <= 256 {
        let head_addr: usize = st + 8 + (n / 8 - 1) * 4;
        let head: usize = __ptr_read::<usize>(head_addr);
        if head != 0 {
            __ptr_write::<usize>(head_addr, __ptr_read::<usize>(head));
            __ptr_write::<usize>(head - 8, n);
            return head;
        }
    } else {
        let mut prev: usize = st + 4;
        let mut cur: usize = __ptr_read::<usize>(prev);
        while cur != 0 {
            let size: usize = __ptr_read::<usize>(cur - 8) & !1;
            if size >= n {
                __ptr_write::<usize>(prev, __ptr_read::<usize>(cur));
                __ptr_write::<usize>(cur - 8, size);
                return cur;
            }
            prev = cur;
            cur = __ptr_read::<usize>(cur);
        }
    }
    let mut bump: usize = __ptr_read::<usize>(st);
    if bump == 0 {
        bump = st + 256;
    }
    let block: usize = bump + 8;
    let end: usize = block + n;
    let have: usize = __mem_size() * 65536;
    if end > have || end < block {
        let pages: usize = (end - have + 65535) / 65536;
        if end < block || __mem_grow(pages) < 0 {
            __wr_alloc_failed(n);
        }
    }
    __ptr_write::<usize>(bump, n);
    __ptr_write::<usize>(st, end);
    block
}

fn __wr_free(ptr: usize) {
    __wr_heap_lock();
    __wr_free_locked(ptr);
    __wr_heap_unlock();
}

fn __wr_free_locked(ptr: usize) {
    if ptr == 0 {
        return;
    }
    let st: usize = __heap_base();
    let n: usize = __ptr_read::<usize>(ptr - 8);
    if n & 1 != 0 {
        __wr_double_free();
    }
    __ptr_write::<usize>(ptr - 8, n | 1);
    let head_addr: usize = if n <= 256 { st + 8 + (n / 8 - 1) * 4 } else { st + 4 };
    __ptr_write::<usize>(ptr, __ptr_read::<usize>(head_addr));
    __ptr_write::<usize>(head_addr, ptr);
}

fn __wr_double_free() -> ! {
    __wr_heap_unlock();  // (held by __wr_free: other threads must not wait for it forever)
    __out_begin(2);
    __wr_write_str("internal compiler error: a heap block was freed twice\n");
    __out_flush();
    __wr_exit(134)
}

// rustc's message when the allocator fails; the process aborts (exit code 134).
fn __wr_alloc_failed(n: usize) -> ! {
    __wr_heap_unlock();  // (held by __wr_alloc)
    __out_begin(2);
    __wr_write_str("memory allocation of ");
    __wr_write_u64(n as u64);
    __wr_write_str(" bytes failed\n");
    __out_flush();
    __wr_exit(134)
}
