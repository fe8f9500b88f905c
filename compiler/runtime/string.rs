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
