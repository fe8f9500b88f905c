// WasmRust runtime support written in WasmRust: output of strings and the panic machinery.
// Compiled together with every program (without overflow checks); only the functions a program reaches
// are emitted. Intrinsics (__out_byte, __out_begin, __out_flush, __str_len, __str_byte, __wr_exit) are
// provided by the compiler (lower/intrinsics.cpp). Formatting of values lives in fmt.rs.

fn __wr_write_str(s: &str) {
    let n: usize = __str_len(s);
    let mut i: usize = 0;
    while i < n {
        __out_byte(__str_byte(s, i));
        i += 1;
    }
}

fn __wr_write_u64(v: u64) {
    __fmt_int(v, false, 0, 32, 0, 0, 0xFFFF_FFFF, 0xFFFF_FFFF);
}

// `thread 'main' panicked at FILE:LINE:COL:` and a newline, on stderr.
fn __wr_panic_begin(file: &str, line: u32, col: u32) {
    __out_begin(2);
    // (a spawned thread is unnamed, as in rustc: one on a worker, or one run on the calling thread)
    if (__wr_threads_build() && __wr_out_buf() != 16) || __ptr_read::<u32>(__heap_base() + 168) != 0 {
        __wr_write_str("\nthread '<unnamed>' panicked at ");
    } else {
        __wr_write_str("\nthread 'main' panicked at ");
    }
    __wr_write_str(file);
    __out_byte(58);
    __wr_write_u64(line as u64);
    __out_byte(58);
    __wr_write_u64(col as u64);
    __wr_write_str(":\n");
}

fn __wr_panic_end() -> ! {
    __wr_write_str("\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n");
    __out_flush();
    __wr_exit(101)
}

fn __wr_panic_msg(msg: &str, file: &str, line: u32, col: u32) -> ! {
    __wr_panic_begin(file, line, col);
    __wr_write_str(msg);
    __wr_panic_end()
}

fn __wr_panic_bounds(len: usize, index: usize, file: &str, line: u32, col: u32) -> ! {
    __wr_panic_begin(file, line, col);
    __wr_write_str("index out of bounds: the len is ");
    __wr_write_u64(len as u64);
    __wr_write_str(" but the index is ");
    __wr_write_u64(index as u64);
    __wr_panic_end()
}

fn __wr_str_eq(a: &str, b: &str) -> bool {
    let n: usize = __str_len(a);
    if n != __str_len(b) {
        return false;
    }
    let mut i: usize = 0;
    while i < n {
        if __str_byte(a, i) != __str_byte(b, i) {
            return false;
        }
        i += 1;
    }
    true
}

// Lexicographic byte comparison: -1, 0 or 1.
fn __wr_str_cmp(a: &str, b: &str) -> i32 {
    let na: usize = __str_len(a);
    let nb: usize = __str_len(b);
    let mut i: usize = 0;
    while i < na && i < nb {
        let x: u8 = __str_byte(a, i);
        let y: u8 = __str_byte(b, i);
        if x < y {
            return -1;
        }
        if x > y {
            return 1;
        }
        i += 1;
    }
    if na < nb {
        -1
    } else if na > nb {
        1
    } else {
        0
    }
}

// `x % y` on f64: the exact remainder (C's fmod), bit by bit (after musl's fmod).
fn __wr_fmod(x: f64, y: f64) -> f64 {
    let mut uxi: u64 = __f64_to_bits(x);
    let mut uyi: u64 = __f64_to_bits(y);
    let mut ex: i64 = ((uxi >> 52) & 0x7ff) as i64;
    let mut ey: i64 = ((uyi >> 52) & 0x7ff) as i64;
    let sx: u64 = uxi >> 63;
    if (uyi << 1) == 0 || y != y || ex == 0x7ff {
        return (x * y) / (x * y);
    }
    if (uxi << 1) <= (uyi << 1) {
        if (uxi << 1) == (uyi << 1) {
            return 0.0 * x;
        }
        return x;
    }
    let mut i: u64;
    if ex == 0 {
        i = uxi << 12;
        while (i >> 63) == 0 {
            ex -= 1;
            i <<= 1;
        }
        uxi <<= (1 - ex) as u64;
    } else {
        uxi &= 0xFFFF_FFFF_FFFF_FFFF >> 12;
        uxi |= 1 << 52;
    }
    if ey == 0 {
        i = uyi << 12;
        while (i >> 63) == 0 {
            ey -= 1;
            i <<= 1;
        }
        uyi <<= (1 - ey) as u64;
    } else {
        uyi &= 0xFFFF_FFFF_FFFF_FFFF >> 12;
        uyi |= 1 << 52;
    }
    while ex > ey {
        i = uxi - uyi;
        if (i >> 63) == 0 {
            if i == 0 {
                return 0.0 * x;
            }
            uxi = i;
        }
        uxi <<= 1;
        ex -= 1;
    }
    i = uxi - uyi;
    if (i >> 63) == 0 {
        if i == 0 {
            return 0.0 * x;
        }
        uxi = i;
    }
    while (uxi >> 52) == 0 {
        uxi <<= 1;
        ex -= 1;
    }
    if ex > 0 {
        uxi -= 1 << 52;
        uxi |= (ex as u64) << 52;
    } else {
        uxi >>= (1 - ex) as u64;
    }
    uxi |= sx << 63;
    __f64_from_bits(uxi)
}

// `x % y` on f32: exact, through f64 (the remainder is representable in f32).
fn __wr_fmodf(x: f32, y: f32) -> f32 {
    __wr_fmod(x as f64, y as f64) as f32
}

// A panic reported at the location of the caller of a `#[track_caller]` function (`unwrap`, `expect`).
fn __wr_panic_caller(msg: &str) -> ! {
    __wr_panic_begin(__wr_caller_file(), __wr_caller_line(), __wr_caller_col());
    __wr_write_str(msg);
    __wr_panic_end()
}

// `index out of bounds` at the caller of a `#[track_caller]` function (Vec indexing).
fn __wr_panic_bounds_caller(len: usize, index: usize) -> ! {
    __wr_panic_begin(__wr_caller_file(), __wr_caller_line(), __wr_caller_col());
    __wr_write_str("index out of bounds: the len is ");
    __wr_write_u64(len as u64);
    __wr_write_str(" but the index is ");
    __wr_write_u64(index as u64);
    __wr_panic_end()
}

// "<a>{index}<b>{len})" at the caller (Vec::insert/remove messages).
fn __wr_panic_index_caller(a: &str, index: usize, b: &str, len: usize) -> ! {
    __wr_panic_begin(__wr_caller_file(), __wr_caller_line(), __wr_caller_col());
    __wr_write_str(a);
    __wr_write_u64(index as u64);
    __wr_write_str(b);
    __wr_write_u64(len as u64);
    __out_byte(41);
    __wr_panic_end()
}

// A branch the library knows cannot be taken (a match arm after the value was just set).
fn __wr_unreachable() -> ! {
    __wr_panic_caller("internal error: entered unreachable code")
}

// FNV-1a over a string's bytes (HashMap keys; deterministic: no random seed).
fn __wr_hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    let n: usize = __str_len(s);
    let mut i: usize = 0;
    while i < n {
        h = (h ^ __str_byte(s, i) as u64) * 0x100000001b3;
        i += 1;
    }
    h
}

// The test harness (wasmrust test) wraps a test that returns a Result: an `Err` fails the test with
// `Error: {e:?}` on its output and exit status 1, as libtest's Termination does.
fn __wr_test_result<E: Debug>(r: Result<(), E>) {
    if let Err(e) = r {
        eprintln!("Error: {:?}", e);
        __out_flush();
        __wr_exit(1);
    }
}
