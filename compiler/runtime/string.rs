// `String`, written in WasmRust: UTF-8 bytes in a Vec<u8>. Also the capture used by `format!`: while
// fd 3 is the output, the formatting runtime's bytes are appended to a buffer that becomes a String.

pub struct String {
    bytes: Vec<u8>,
}

impl String {
    pub fn new() -> String {
        String { bytes: Vec::new() }
    }

    pub fn with_capacity(capacity: usize) -> String {
        String { bytes: Vec::with_capacity(capacity) }
    }

    pub fn from(s: &str) -> String {
        let mut out: String = String::with_capacity(__str_len(s));
        out.push_str(s);
        out
    }

    pub fn len(&self) -> usize {
        self.bytes.len
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.bytes.cap
    }

    pub fn as_str(&self) -> &str {
        __str_from_raw(self.bytes.buf, self.bytes.len)
    }

    // std::fmt::Write for String (write! and writeln! into a String are expanded by the compiler).
    pub fn write_str(&mut self, s: &str) -> Result<(), __FmtError> {
        self.push_str(s);
        Ok(())
    }

    pub fn write_char(&mut self, c: char) -> Result<(), __FmtError> {
        self.push(c);
        Ok(())
    }

    pub fn push_str(&mut self, s: &str) {
        let n: usize = __str_len(s);
        self.bytes.reserve(n);
        if n > 0 {
            __mem_copy(self.bytes.buf + self.bytes.len, __str_ptr(s), n);
        }
        self.bytes.len += n;
    }

    pub fn push(&mut self, c: char) {
        let v: u32 = c as u32;
        if v < 0x80 {
            self.bytes.push(v as u8);
        } else if v < 0x800 {
            self.bytes.push((0xC0 | (v >> 6)) as u8);
            self.bytes.push((0x80 | (v & 0x3F)) as u8);
        } else if v < 0x10000 {
            self.bytes.push((0xE0 | (v >> 12)) as u8);
            self.bytes.push((0x80 | ((v >> 6) & 0x3F)) as u8);
            self.bytes.push((0x80 | (v & 0x3F)) as u8);
        } else {
            self.bytes.push((0xF0 | (v >> 18)) as u8);
            self.bytes.push((0x80 | ((v >> 12) & 0x3F)) as u8);
            self.bytes.push((0x80 | ((v >> 6) & 0x3F)) as u8);
            self.bytes.push((0x80 | (v & 0x3F)) as u8);
        }
    }

    pub fn clear(&mut self) {
        self.bytes.len = 0;
    }

    pub fn clone(&self) -> String {
        String::from(self.as_str())
    }
}

// fd 3: bytes of the string being built by format! (a (buf, cap, len) buffer in the allocator's state).
fn __wr_capture_state() -> usize {
    // (a spawned thread's is its own, after its output buffer: wasm.rs, __wr_thread_start)
    if __wr_threads_build() && __wr_out_buf() != 16 {
        return __wr_out_buf() + 1008;
    }
    __heap_base() + 136
}

fn __wr_capture_chunk(ptr: usize, len: usize) {
    let st: usize = __wr_capture_state();
    let buf: usize = __ptr_read::<usize>(st);
    let cap: usize = __ptr_read::<usize>(st + 4);
    let used: usize = __ptr_read::<usize>(st + 8);
    if used + len > cap {
        let mut ncap: usize = if cap == 0 { 16 } else { cap * 2 };
        while ncap < used + len {
            ncap = ncap * 2;
        }
        let nbuf: usize = __wr_alloc(ncap);
        if used > 0 {
            __mem_copy(nbuf, buf, used);
        }
        if buf != 0 {
            __wr_free(buf);
        }
        __ptr_write::<usize>(st, nbuf);
        __ptr_write::<usize>(st + 4, ncap);
    }
    let b: usize = __ptr_read::<usize>(st);
    __mem_copy(b + used, ptr, len);
    __ptr_write::<usize>(st + 8, used + len);
}

// Where the output intrinsics send bytes when the program uses format!.
fn __wr_sink(fd: u32, ptr: usize, len: usize) {
    if fd == 3 {
        __wr_capture_chunk(ptr, len);
    } else {
        __host_write(fd, ptr, len);
    }
}

// Starts capturing output into a new String. Nests: a `format!` run while another capture is in
// progress (a Display impl calling format!) saves the outer capture and the output it interrupted;
// the returned block (fd, buf, cap, len) is handed back to __wr_format_end.
fn __wr_format_begin() -> usize {
    let fd: u32 = __out_fd();
    __out_flush();
    let st: usize = __wr_capture_state();
    let saved: usize = __wr_alloc(16);
    __ptr_write::<u32>(saved, fd);
    __ptr_write::<usize>(saved + 4, __ptr_read::<usize>(st));
    __ptr_write::<usize>(saved + 8, __ptr_read::<usize>(st + 4));
    __ptr_write::<usize>(saved + 12, __ptr_read::<usize>(st + 8));
    __ptr_write::<usize>(st, 0);
    __ptr_write::<usize>(st + 4, 0);
    __ptr_write::<usize>(st + 8, 0);
    __out_begin(3);
    saved
}

// The captured bytes become the String; the interrupted output (and capture) resumes.
fn __wr_format_end(saved: usize) -> String {
    __out_flush();
    let st: usize = __wr_capture_state();
    let s: String = String { bytes: Vec { buf: __ptr_read::<usize>(st), cap: __ptr_read::<usize>(st + 4), len: __ptr_read::<usize>(st + 8) } };
    __ptr_write::<usize>(st, __ptr_read::<usize>(saved + 4));
    __ptr_write::<usize>(st + 4, __ptr_read::<usize>(saved + 8));
    __ptr_write::<usize>(st + 8, __ptr_read::<usize>(saved + 12));
    let fd: u32 = __ptr_read::<u32>(saved);
    __wr_free(saved);
    __out_begin(fd);
    s
}

// The rest of String's editing methods (byte offsets must be char boundaries, like std).
impl String {
    #[track_caller]
    fn __check_boundary(&self, idx: usize) {
        if idx > self.bytes.len || (idx < self.bytes.len && (self.bytes[idx] & 0xC0) == 0x80) {
            __wr_panic_caller("assertion failed: self.is_char_boundary(idx)");
        }
    }

    #[track_caller]
    pub fn insert_str(&mut self, idx: usize, s: &str) {
        self.__check_boundary(idx);
        let n: usize = __str_len(s);
        let len: usize = self.bytes.len;
        self.bytes.reserve(n);
        if n > 0 {
            __mem_copy(self.bytes.buf + idx + n, self.bytes.buf + idx, len - idx);
            __mem_copy(self.bytes.buf + idx, __str_ptr(s), n);
        }
        self.bytes.len = len + n;
    }

    #[track_caller]
    pub fn insert(&mut self, idx: usize, c: char) {
        let mut tmp: String = String::new();
        tmp.push(c);
        self.insert_str(idx, tmp.as_str());
    }

    pub fn pop(&mut self) -> Option<char> {
        let c: char = match self.as_str().chars().next_back() {
            Some(c) => c,
            None => return None,
        };
        self.bytes.len -= c.len_utf8();
        Some(c)
    }

    #[track_caller]
    pub fn remove(&mut self, idx: usize) -> char {
        let c: char = match self.as_str().__index_range(idx, usize::MAX).chars().next() {
            Some(c) => c,
            None => __wr_panic_caller("cannot remove a char from the end of a string"),
        };
        let n: usize = c.len_utf8();
        let len: usize = self.bytes.len;
        __mem_copy(self.bytes.buf + idx, self.bytes.buf + idx + n, len - idx - n);
        self.bytes.len = len - n;
        c
    }

    #[track_caller]
    pub fn truncate(&mut self, new_len: usize) {
        if new_len < self.bytes.len {
            self.__check_boundary(new_len);
            self.bytes.len = new_len;
        }
    }

    pub fn retain<F: FnMut(char) -> bool>(&mut self, mut f: F) {
        let old: String = String::from(self.as_str());
        self.bytes.len = 0;
        let mut it: Chars = old.as_str().chars();
        while let Some(c) = it.next() {
            if f(c) {
                self.push(c);
            }
        }
    }

    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> String {
        self.__check_boundary(at);
        let tail: String = String::from(self.as_str().__index_range(at, usize::MAX));
        self.bytes.len = at;
        tail
    }

    pub fn as_bytes(&self) -> __Slice<u8> {
        self.bytes.as_slice()
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    pub fn from_utf8(bytes: Vec<u8>) -> Result<String, FromUtf8Error> {
        let s: String = String { bytes: bytes };
        if __wr_valid_utf8(s.bytes.buf, s.bytes.len) {
            Ok(s)
        } else {
            Err(FromUtf8Error { bytes: s.bytes })
        }
    }

    pub fn from_utf8_lossy(bytes: __Slice<u8>) -> String {
        let mut v: Vec<u8> = Vec::new();
        v.extend_from_slice(bytes);
        String { bytes: v }
    }

    pub fn chars_count(&self) -> usize {
        self.as_str().chars().count()
    }
}

#[derive(Debug)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
}

fn __wr_valid_utf8(p: usize, n: usize) -> bool {
    let mut i: usize = 0;
    while i < n {
        let b: u8 = *__addr_ref::<u8>(p + i);
        let w: usize = if b < 0x80 { 1 } else if b >= 0xC2 && b < 0xE0 { 2 } else if b >= 0xE0 && b < 0xF0 { 3 } else if b >= 0xF0 && b < 0xF5 { 4 } else { 0 };
        if w == 0 || i + w > n {
            return false;
        }
        let mut k: usize = 1;
        while k < w {
            if (*__addr_ref::<u8>(p + i + k) & 0xC0) != 0x80 {
                return false;
            }
            k += 1;
        }
        i += w;
    }
    true
}
