// WasmRust formatting runtime: the code behind print!/println!/format!.
//
// Compiled INTO every user program (only the functions a program reaches are emitted), so it
// is written in the small Rust subset our compiler accepts: free functions and scalar consts
// only, fixed arrays passed as &mut [T; N], no methods, no structs/enums/tuples/slices/match,
// no u128. Output goes byte by byte through the `__out_byte` intrinsic.
//
// The output matches rustc's `format!` byte for byte; the algorithms are ports of
// core::fmt (pad, pad_integral, pad_formatted_parts, the integer `{:e}` code) and
// core::num::flt2dec (decoder, estimator, Dragon4 shortest and exact modes).
// See README.md next to this file for the contract and how it is tested
// (scripts/test-fmt-native.sh compares it against rustc on >1M cases).
//
// Intrinsics provided by the compiler (not defined here):
//   __out_byte(b: u8), __str_len(s: &str) -> usize, __str_byte(s: &str, i: usize) -> u8,
//   __f64_to_bits(x: f64) -> u64, __f32_to_bits(x: f32) -> u32
//
// Spec encoding shared by all entry points:
//   kind : 0 {} 1 {:?} 2 {:x} 3 {:X} 4 {:b} 5 {:o} 6 {:e} 7 {:E}
//   fill : code point (32 = ' ')
//   align: 0 none (type default), 1 '<', 2 '>', 3 '^'
//   flags: bit0 '+', bit1 '-' (ignored), bit2 '#', bit3 '0'
//   width, prec: 0xFFFF_FFFF = not given

const __FMT_NONE: u32 = 0xFFFF_FFFF;
const __FMT_NL: usize = 40; // bignum limbs (u32): 1280 bits, enough for every f64 computation
const __FMT_BUF: usize = 1024; // digit buffer (f64 exact mode needs at most 827 digits)

// Part kinds of a formatted number (like core::num::fmt::Part).
const __FMT_P_DIG: u32 = 0; // bytes buf[a..b]
const __FMT_P_ZERO: u32 = 1; // a '0' characters
const __FMT_P_LIT: u32 = 2; // literal number a (see __fmt_lit)
const __FMT_P_NUM: u32 = 3; // the decimal number a

// Literal codes for __FMT_P_LIT.
const __FMT_L_NAN: u32 = 1; // "NaN"
const __FMT_L_INF: u32 = 2; // "inf"
const __FMT_L_ZERO: u32 = 3; // "0"
const __FMT_L_ZERODOT: u32 = 4; // "0."
const __FMT_L_DOT: u32 = 5; // "."
const __FMT_L_E: u32 = 6; // "e"
const __FMT_L_UE: u32 = 7; // "E"
const __FMT_L_EM: u32 = 8; // "e-"
const __FMT_L_UEM: u32 = 9; // "E-"

// ------------------------------------------------------------------------------------------
// Output helpers
// ------------------------------------------------------------------------------------------

// Writes code point c UTF-8 encoded.
fn __wr_utf8(c: u32) {
    if c < 0x80 {
        __out_byte(c as u8);
    } else if c < 0x800 {
        __out_byte((0xC0 | (c >> 6)) as u8);
        __out_byte((0x80 | (c & 0x3F)) as u8);
    } else if c < 0x10000 {
        __out_byte((0xE0 | (c >> 12)) as u8);
        __out_byte((0x80 | ((c >> 6) & 0x3F)) as u8);
        __out_byte((0x80 | (c & 0x3F)) as u8);
    } else {
        __out_byte((0xF0 | (c >> 18)) as u8);
        __out_byte((0x80 | ((c >> 12) & 0x3F)) as u8);
        __out_byte((0x80 | ((c >> 6) & 0x3F)) as u8);
        __out_byte((0x80 | (c & 0x3F)) as u8);
    }
}

// Writes the fill character n times.
fn __wr_fill(fill: u32, n: u32) {
    let mut i: u32 = 0;
    while i < n {
        __wr_utf8(fill);
        i += 1;
    }
}

// core::fmt::Formatter::padding: writes the pre-padding of `pad` fill chars and returns the
// number of post-padding chars the caller must write after the padded text.
fn __wr_pad_pre(pad: u32, align: u32, default_align: u32, fill: u32) -> u32 {
    let a: u32 = if align == 0 { default_align } else { align };
    let left: u32 = if a == 1 {
        0
    } else if a == 2 {
        pad
    } else {
        pad / 2
    };
    __wr_fill(fill, left);
    pad - left
}

// Effective minimum width (0 = none).
fn __fmt_width(width: u32) -> u32 {
    if width == __FMT_NONE {
        0
    } else {
        width
    }
}

// ------------------------------------------------------------------------------------------
// Formatted parts (sign + parts, padded like Formatter::pad_formatted_parts)
// ------------------------------------------------------------------------------------------

fn __fmt_part(parts: &mut [u32; 24], np: usize, t: u32, a: u32, b: u32) -> usize {
    parts[3 * np] = t;
    parts[3 * np + 1] = a;
    parts[3 * np + 2] = b;
    np + 1
}

// Writes (if `write`) literal `code` and returns its length.
fn __fmt_lit(code: u32, write: bool) -> u32 {
    if code == __FMT_L_NAN {
        if write {
            __out_byte(78); // N
            __out_byte(97); // a
            __out_byte(78); // N
        }
        3
    } else if code == __FMT_L_INF {
        if write {
            __out_byte(105); // i
            __out_byte(110); // n
            __out_byte(102); // f
        }
        3
    } else if code == __FMT_L_ZERO {
        if write {
            __out_byte(48);
        }
        1
    } else if code == __FMT_L_ZERODOT {
        if write {
            __out_byte(48);
            __out_byte(46);
        }
        2
    } else if code == __FMT_L_DOT {
        if write {
            __out_byte(46);
        }
        1
    } else if code == __FMT_L_E {
        if write {
            __out_byte(101);
        }
        1
    } else if code == __FMT_L_UE {
        if write {
            __out_byte(69);
        }
        1
    } else if code == __FMT_L_EM {
        if write {
            __out_byte(101);
            __out_byte(45);
        }
        2
    } else {
        if write {
            __out_byte(69);
            __out_byte(45);
        }
        2
    }
}

// Writes (if `write`) the decimal number v and returns its length.
fn __fmt_num(v: u32, write: bool) -> u32 {
    let mut p: u32 = 1;
    let mut len: u32 = 1;
    while v / p >= 10 {
        p *= 10;
        len += 1;
    }
    if write {
        while p > 0 {
            __out_byte(48 + ((v / p) % 10) as u8);
            p /= 10;
        }
    }
    len
}

// Writes (if `write`) the parts and returns their total length (all ASCII: bytes == chars).
fn __fmt_parts_out(parts: &[u32; 24], np: usize, buf: &[u8; 1024], write: bool) -> u32 {
    let mut len: u32 = 0;
    let mut i: usize = 0;
    while i < np {
        let t: u32 = parts[3 * i];
        let a: u32 = parts[3 * i + 1];
        let b: u32 = parts[3 * i + 2];
        if t == __FMT_P_DIG {
            if write {
                let mut j: usize = a as usize;
                while j < b as usize {
                    __out_byte(buf[j]);
                    j += 1;
                }
            }
            len += b - a;
        } else if t == __FMT_P_ZERO {
            if write {
                let mut j: u32 = 0;
                while j < a {
                    __out_byte(48);
                    j += 1;
                }
            }
            len += a;
        } else if t == __FMT_P_LIT {
            len += __fmt_lit(a, write);
        } else {
            len += __fmt_num(a, write);
        }
        i += 1;
    }
    len
}

// Formatter::pad_formatted_parts. `sign` is 0 (none), 43 '+' or 45 '-'.
fn __fmt_pad_parts(
    sign: u8,
    parts: &[u32; 24],
    np: usize,
    buf: &[u8; 1024],
    fill: u32,
    align: u32,
    flags: u32,
    width: u32,
) {
    let mut w: u32 = __fmt_width(width);
    let slen: u32 = if sign != 0 { 1 } else { 0 };
    if w == 0 {
        if sign != 0 {
            __out_byte(sign);
        }
        __fmt_parts_out(parts, np, buf, true);
        return;
    }
    let mut f: u32 = fill;
    let mut a: u32 = align;
    let mut sign_left: u8 = sign;
    if (flags & 8) != 0 {
        // sign-aware zero padding: the sign goes first, then '0' fill, right aligned
        if sign != 0 {
            __out_byte(sign);
        }
        w = if w > slen { w - slen } else { 0 };
        f = 48;
        a = 2;
        sign_left = 0;
    }
    let len: u32 = __fmt_parts_out(parts, np, buf, false) + if sign_left != 0 { 1 } else { 0 };
    if w <= len {
        if sign_left != 0 {
            __out_byte(sign_left);
        }
        __fmt_parts_out(parts, np, buf, true);
    } else {
        let post: u32 = __wr_pad_pre(w - len, a, 2, f);
        if sign_left != 0 {
            __out_byte(sign_left);
        }
        __fmt_parts_out(parts, np, buf, true);
        __wr_fill(f, post);
    }
}

// ------------------------------------------------------------------------------------------
// Integers
// ------------------------------------------------------------------------------------------

pub fn __fmt_int(mag: u64, neg: bool, kind: u32, fill: u32, align: u32, flags: u32, width: u32, prec: u32) {
    if kind == 6 || kind == 7 {
        __fmt_int_exp(mag, neg, kind == 7, fill, align, flags, width, prec);
        return;
    }
    let mut base: u64 = 10;
    let mut pfx: u32 = 0; // prefix letter for '#'
    if kind == 2 || kind == 3 {
        base = 16;
        pfx = 120; // x
    } else if kind == 4 {
        base = 2;
        pfx = 98; // b
    } else if kind == 5 {
        base = 8;
        pfx = 111; // o
    }
    let mut buf = [0u8; 64];
    let mut n: usize = 0;
    let mut v: u64 = mag;
    loop {
        let d: u8 = (v % base) as u8;
        v = v / base;
        n += 1;
        buf[64 - n] = if d < 10 {
            48 + d
        } else if kind == 3 {
            55 + d
        } else {
            87 + d
        };
        if v == 0 {
            break;
        }
    }
    let sign: u8 = if neg {
        45
    } else if (flags & 1) != 0 {
        43
    } else {
        0
    };
    let use_pfx: bool = (flags & 4) != 0 && pfx != 0;
    let len: u32 = n as u32 + (if sign != 0 { 1 } else { 0 }) + (if use_pfx { 2 } else { 0 });
    let w: u32 = __fmt_width(width);
    let mut post: u32 = 0;
    if w > len && (flags & 8) == 0 {
        post = __wr_pad_pre(w - len, align, 2, fill);
    }
    if sign != 0 {
        __out_byte(sign);
    }
    if use_pfx {
        __out_byte(48);
        __out_byte(pfx as u8);
    }
    if w > len && (flags & 8) != 0 {
        let mut i: u32 = 0;
        while i < w - len {
            __out_byte(48);
            i += 1;
        }
    }
    let mut j: usize = 64 - n;
    while j < 64 {
        __out_byte(buf[j]);
        j += 1;
    }
    __wr_fill(fill, post);
}

// floor(log10(n)) for n > 0, 0 for n == 0.
fn __fmt_ilog10(n: u64) -> u32 {
    let mut r: u32 = 0;
    let mut v: u64 = n;
    while v >= 10 {
        v = v / 10;
        r += 1;
    }
    r
}

// Port of core::fmt::num exp_u64 ({:e} / {:E} on integers).
fn __fmt_int_exp(n: u64, neg: bool, upper: bool, fill: u32, align: u32, flags: u32, width: u32, prec: u32) {
    let mut exp: u32 = __fmt_ilog10(n);
    let mut coef_prec: u32 = exp;
    let mut coef: u64 = n;
    let mut more_prec: u32 = 0;
    if prec == __FMT_NONE {
        // omit all trailing zeroes
        while coef_prec != 0 && coef % 10 == 0 {
            coef = coef / 10;
            coef_prec -= 1;
        }
    } else if prec >= coef_prec {
        more_prec = prec - coef_prec;
    } else {
        let less_prec: u32 = coef_prec - prec;
        let mut scale: u64 = 1;
        let mut i: u32 = 0;
        while i < less_prec {
            scale = scale * 10;
            i += 1;
        }
        let floor: u64 = coef / scale;
        let over: u64 = coef % scale;
        let half: u64 = scale / 2;
        let round_up: u64 = if over < half {
            0
        } else if over > half {
            1
        } else {
            floor & 1
        };
        coef = floor + round_up;
        coef_prec = prec;
        if round_up != 0 && __fmt_ilog10(coef) > coef_prec {
            coef = coef / 10;
            exp += 1;
        }
    }
    // text: lead digit, then optionally '.' and coef_prec fraction digits
    let mut buf = [0u8; 1024];
    let mut tlen: usize = 1;
    let mut remain: u64 = coef;
    if !(coef_prec == 0 && more_prec == 0) {
        buf[1] = 46;
        let mut i: usize = 1 + coef_prec as usize;
        while i >= 2 {
            buf[i] = 48 + (remain % 10) as u8;
            remain = remain / 10;
            i -= 1;
        }
        tlen = 2 + coef_prec as usize;
    }
    buf[0] = 48 + remain as u8;
    let mut parts = [0u32; 24];
    let mut np: usize = 0;
    np = __fmt_part(&mut parts, np, __FMT_P_DIG, 0, tlen as u32);
    if more_prec > 0 {
        np = __fmt_part(&mut parts, np, __FMT_P_ZERO, more_prec, 0);
    }
    np = __fmt_part(&mut parts, np, __FMT_P_LIT, if upper { __FMT_L_UE } else { __FMT_L_E }, 0);
    np = __fmt_part(&mut parts, np, __FMT_P_NUM, exp, 0);
    let sign: u8 = if neg {
        45
    } else if (flags & 1) != 0 {
        43
    } else {
        0
    };
    __fmt_pad_parts(sign, &parts, np, &buf, fill, align, flags, width);
}

// ------------------------------------------------------------------------------------------
// bool, char, str
// ------------------------------------------------------------------------------------------

pub fn __fmt_bool(v: bool, kind: u32, fill: u32, align: u32, flags: u32, width: u32, prec: u32) {
    let mut n: u32 = if v { 4 } else { 5 };
    if prec != __FMT_NONE && prec < n {
        n = prec;
    }
    let w: u32 = __fmt_width(width);
    let mut post: u32 = 0;
    if w > n {
        post = __wr_pad_pre(w - n, align, 1, fill);
    }
    let mut i: u32 = 0;
    while i < n {
        let b: u8 = if v {
            if i == 0 {
                116 // t
            } else if i == 1 {
                114 // r
            } else if i == 2 {
                117 // u
            } else {
                101 // e
            }
        } else {
            if i == 0 {
                102 // f
            } else if i == 1 {
                97 // a
            } else if i == 2 {
                108 // l
            } else if i == 3 {
                115 // s
            } else {
                101 // e
            }
        };
        __out_byte(b);
        i += 1;
    }
    __wr_fill(fill, post);
}

pub fn __fmt_char(c: char, kind: u32, fill: u32, align: u32, flags: u32, width: u32, prec: u32) {
    let cp: u32 = c as u32;
    if kind == 1 {
        // Debug: quoted and escaped, never padded (like rustc)
        __out_byte(39);
        __fmt_esc(cp, true, false);
        __out_byte(39);
        return;
    }
    let n: u32 = if prec == 0 { 0 } else { 1 };
    let w: u32 = __fmt_width(width);
    let mut post: u32 = 0;
    if w > n {
        post = __wr_pad_pre(w - n, align, 1, fill);
    }
    if n == 1 {
        __wr_utf8(cp);
    }
    __wr_fill(fill, post);
}

pub fn __fmt_str(s: &str, kind: u32, fill: u32, align: u32, flags: u32, width: u32, prec: u32) {
    let len: usize = __str_len(s);
    if kind == 1 {
        __fmt_str_debug(s, len);
        return;
    }
    let w: u32 = __fmt_width(width);
    if w == 0 && prec == __FMT_NONE {
        let mut i: usize = 0;
        while i < len {
            __out_byte(__str_byte(s, i));
            i += 1;
        }
        return;
    }
    // truncate to `prec` chars, count chars
    let mut end: usize = len;
    let mut count: u32 = 0;
    let mut i: usize = 0;
    while i < len {
        let b: u8 = __str_byte(s, i);
        if (b & 0xC0) != 0x80 {
            if prec != __FMT_NONE && count == prec {
                end = i;
                break;
            }
            count += 1;
        }
        i += 1;
    }
    let mut post: u32 = 0;
    if w > count {
        post = __wr_pad_pre(w - count, align, 1, fill);
    }
    let mut j: usize = 0;
    while j < end {
        __out_byte(__str_byte(s, j));
        j += 1;
    }
    __wr_fill(fill, post);
}

// Debug for str: quoted, escaped (double quote escaped, single quote not), never padded.
fn __fmt_str_debug(s: &str, len: usize) {
    __out_byte(34);
    let mut i: usize = 0;
    while i < len {
        let b0: u32 = __str_byte(s, i) as u32;
        let mut c: u32 = b0;
        let mut n: usize = 1;
        if b0 >= 0xF0 {
            c = b0 & 0x07;
            n = 4;
        } else if b0 >= 0xE0 {
            c = b0 & 0x0F;
            n = 3;
        } else if b0 >= 0xC0 {
            c = b0 & 0x1F;
            n = 2;
        }
        let mut k: usize = 1;
        while k < n && i + k < len {
            c = (c << 6) | ((__str_byte(s, i + k) as u32) & 0x3F);
            k += 1;
        }
        __fmt_esc(c, false, true);
        i += n;
    }
    __out_byte(34);
}

// char::escape_debug_ext: writes code point c escaped.
fn __fmt_esc(c: u32, esc_single: bool, esc_double: bool) {
    let mut e: u8 = 0;
    if c == 0 {
        e = 48; // \0
    } else if c == 9 {
        e = 116; // \t
    } else if c == 13 {
        e = 114; // \r
    } else if c == 10 {
        e = 110; // \n
    } else if c == 92 {
        e = 92; // \\
    } else if c == 34 && esc_double {
        e = 34;
    } else if c == 39 && esc_single {
        e = 39;
    }
    if e != 0 {
        __out_byte(92);
        __out_byte(e);
    } else if __fmt_uni_esc(c) {
        // \u{hex}
        __out_byte(92);
        __out_byte(117);
        __out_byte(123);
        let mut sh: u32 = 20;
        let mut started: bool = false;
        loop {
            let d: u32 = (c >> sh) & 15;
            if d != 0 || started || sh == 0 {
                started = true;
                __out_byte(if d < 10 { 48 + d as u8 } else { 87 + d as u8 });
            }
            if sh == 0 {
                break;
            }
            sh -= 4;
        }
        __out_byte(125);
    } else {
        __wr_utf8(c);
    }
}

// ------------------------------------------------------------------------------------------
// Bignums: [u32; 40], little-endian limbs. Ops taking `nl` only touch limbs 0..nl (the caller
// guarantees the values fit).
// ------------------------------------------------------------------------------------------

fn __fmt_big_set(a: &mut [u32; 40], v: u64) {
    for i in 0..__FMT_NL {
        a[i] = 0;
    }
    a[0] = v as u32;
    a[1] = (v >> 32) as u32;
}

fn __fmt_big_copy(dst: &mut [u32; 40], src: &[u32; 40]) {
    for i in 0..__FMT_NL {
        dst[i] = src[i];
    }
}

fn __fmt_big_is_zero(a: &[u32; 40], nl: usize) -> bool {
    for i in 0..nl {
        if a[i] != 0 {
            return false;
        }
    }
    true
}

// Number of limbs in use (index of the top nonzero limb + 1).
fn __fmt_big_top(a: &[u32; 40]) -> usize {
    let mut n: usize = __FMT_NL;
    while n > 0 && a[n - 1] == 0 {
        n -= 1;
    }
    n
}

// -1, 0, 1
fn __fmt_big_cmp(a: &[u32; 40], b: &[u32; 40], nl: usize) -> i32 {
    let mut i: usize = nl;
    while i > 0 {
        i -= 1;
        if a[i] != b[i] {
            if a[i] < b[i] {
                return -1;
            }
            return 1;
        }
    }
    0
}

fn __fmt_big_add(a: &mut [u32; 40], b: &[u32; 40], nl: usize) {
    let mut carry: u64 = 0;
    for i in 0..nl {
        let s: u64 = (a[i] as u64) + (b[i] as u64) + carry;
        a[i] = s as u32;
        carry = s >> 32;
    }
}

// a -= b, requires a >= b
fn __fmt_big_sub(a: &mut [u32; 40], b: &[u32; 40], nl: usize) {
    let mut borrow: u64 = 0;
    for i in 0..nl {
        let ai: u64 = a[i] as u64;
        let bi: u64 = (b[i] as u64) + borrow;
        if ai >= bi {
            a[i] = (ai - bi) as u32;
            borrow = 0;
        } else {
            a[i] = (ai + 0x1_0000_0000 - bi) as u32;
            borrow = 1;
        }
    }
}

fn __fmt_big_mul_small(a: &mut [u32; 40], m: u32, nl: usize) {
    let mut carry: u64 = 0;
    for i in 0..nl {
        let p: u64 = (a[i] as u64) * (m as u64) + carry;
        a[i] = p as u32;
        carry = p >> 32;
    }
}

// a <<= n
fn __fmt_big_shl(a: &mut [u32; 40], n: usize) {
    let limbs: usize = n / 32;
    let bits: u32 = (n % 32) as u32;
    if limbs > 0 {
        let mut i: usize = __FMT_NL;
        while i > 0 {
            i -= 1;
            a[i] = if i >= limbs { a[i - limbs] } else { 0 };
        }
    }
    if bits > 0 {
        let mut i: usize = __FMT_NL;
        while i > 0 {
            i -= 1;
            let lo: u32 = if i > 0 { a[i - 1] >> (32 - bits) } else { 0 };
            a[i] = (a[i] << bits) | lo;
        }
    }
}

// a = a / d, returns the remainder
fn __fmt_big_div_small(a: &mut [u32; 40], d: u32) -> u32 {
    let mut rem: u64 = 0;
    let mut i: usize = __FMT_NL;
    while i > 0 {
        i -= 1;
        let cur: u64 = (rem << 32) | (a[i] as u64);
        a[i] = (cur / (d as u64)) as u32;
        rem = cur % (d as u64);
    }
    rem as u32
}

fn __fmt_pow10_u32(n: usize) -> u32 {
    let mut p: u32 = 1;
    let mut i: usize = 0;
    while i < n {
        p = p * 10;
        i += 1;
    }
    p
}

// a *= 10^n
fn __fmt_big_mul_pow10(a: &mut [u32; 40], n: usize) {
    let mut k: usize = n;
    while k >= 9 {
        __fmt_big_mul_small(a, 1_000_000_000, __FMT_NL);
        k -= 9;
    }
    if k > 0 {
        __fmt_big_mul_small(a, __fmt_pow10_u32(k), __FMT_NL);
    }
}

// ------------------------------------------------------------------------------------------
// flt2dec: Dragon4 (ports of core::num::flt2dec::strategy::dragon)
//
// A finite nonzero float is "decoded" like core's decoder: value = mant * 2^exp, the
// neighbours are at (mant - minus) * 2^exp and (mant + plus) * 2^exp (minus is always 1),
// `incl` tells whether the boundaries round to the value (original mantissa even).
// Digit generators fill buf and return (k + 65536) << 32 | ndigits, where the digits
// d1 d2 ... mean 0.d1d2... * 10^k.
// ------------------------------------------------------------------------------------------

fn __fmt_pack(n: usize, k: i32) -> u64 {
    (((k + 65536) as u64) << 32) | (n as u64)
}

// core::num::flt2dec::estimator::estimate_scaling_factor
fn __fmt_est_k(mant: u64, exp: i32) -> i32 {
    let mut x: u64 = mant - 1;
    let mut nbits: i64 = 0;
    while x != 0 {
        nbits += 1;
        x = x >> 1;
    }
    (((nbits + exp as i64) * 1292913986) >> 32) as i32
}

// core::num::flt2dec::estimate_max_buf_len
fn __fmt_max_buf_len(exp: i32) -> usize {
    let m: i32 = if exp < 0 { -12 * exp } else { 5 * exp };
    21 + ((m as usize) >> 4)
}

// core::num::flt2dec::round_up on buf[0..n]: returns 0 (None) or the extra digit to append.
fn __fmt_round_up(buf: &mut [u8; 1024], n: usize) -> u8 {
    let mut i: usize = n;
    while i > 0 {
        if buf[i - 1] != 57 {
            buf[i - 1] += 1;
            let mut j: usize = i;
            while j < n {
                buf[j] = 48;
                j += 1;
            }
            return 0;
        }
        i -= 1;
    }
    if n > 0 {
        buf[0] = 49;
        let mut j: usize = 1;
        while j < n {
            buf[j] = 48;
            j += 1;
        }
        return 48;
    }
    49
}

// "a.cmp(b) < rounding" of dragon::format_shortest
fn __fmt_lt_round(c: i32, incl: bool) -> bool {
    if incl {
        c <= 0
    } else {
        c < 0
    }
}

// dragon::format_shortest: shortest digits that round-trip (closest to the exact value).
fn __fmt_shortest(mant_in: u64, plus_in: u64, exp: i32, incl: bool, buf: &mut [u8; 1024]) -> u64 {
    let mut k: i32 = __fmt_est_k(mant_in + plus_in, exp);
    let mut mant = [0u32; 40];
    let mut minus = [0u32; 40];
    let mut plus = [0u32; 40];
    let mut scale = [0u32; 40];
    let mut t = [0u32; 40];
    __fmt_big_set(&mut mant, mant_in);
    __fmt_big_set(&mut minus, 1);
    __fmt_big_set(&mut plus, plus_in);
    __fmt_big_set(&mut scale, 1);
    if exp < 0 {
        __fmt_big_shl(&mut scale, (-exp) as usize);
    } else {
        __fmt_big_shl(&mut mant, exp as usize);
        __fmt_big_shl(&mut minus, exp as usize);
        __fmt_big_shl(&mut plus, exp as usize);
    }
    if k >= 0 {
        __fmt_big_mul_pow10(&mut scale, k as usize);
    } else {
        __fmt_big_mul_pow10(&mut mant, (-k) as usize);
        __fmt_big_mul_pow10(&mut minus, (-k) as usize);
        __fmt_big_mul_pow10(&mut plus, (-k) as usize);
    }
    __fmt_big_copy(&mut t, &mant);
    __fmt_big_add(&mut t, &plus, __FMT_NL);
    if __fmt_lt_round(__fmt_big_cmp(&scale, &t, __FMT_NL), incl) {
        k += 1;
    } else {
        __fmt_big_mul_small(&mut mant, 10, __FMT_NL);
        __fmt_big_mul_small(&mut minus, 10, __FMT_NL);
        __fmt_big_mul_small(&mut plus, 10, __FMT_NL);
    }
    // every value below stays < 16 * scale: one spare limb is enough
    let mut nl: usize = __fmt_big_top(&scale) + 1;
    if nl > __FMT_NL {
        nl = __FMT_NL;
    }
    let mut scale2 = [0u32; 40];
    let mut scale4 = [0u32; 40];
    let mut scale8 = [0u32; 40];
    __fmt_big_copy(&mut scale2, &scale);
    __fmt_big_shl(&mut scale2, 1);
    __fmt_big_copy(&mut scale4, &scale);
    __fmt_big_shl(&mut scale4, 2);
    __fmt_big_copy(&mut scale8, &scale);
    __fmt_big_shl(&mut scale8, 3);
    let mut down: bool = false;
    let mut up: bool = false;
    let mut i: usize = 0;
    loop {
        let mut d: u8 = 0;
        if __fmt_big_cmp(&mant, &scale8, nl) >= 0 {
            __fmt_big_sub(&mut mant, &scale8, nl);
            d += 8;
        }
        if __fmt_big_cmp(&mant, &scale4, nl) >= 0 {
            __fmt_big_sub(&mut mant, &scale4, nl);
            d += 4;
        }
        if __fmt_big_cmp(&mant, &scale2, nl) >= 0 {
            __fmt_big_sub(&mut mant, &scale2, nl);
            d += 2;
        }
        if __fmt_big_cmp(&mant, &scale, nl) >= 0 {
            __fmt_big_sub(&mut mant, &scale, nl);
            d += 1;
        }
        buf[i] = 48 + d;
        i += 1;
        down = __fmt_lt_round(__fmt_big_cmp(&mant, &minus, nl), incl);
        __fmt_big_copy(&mut t, &mant);
        __fmt_big_add(&mut t, &plus, nl);
        up = __fmt_lt_round(__fmt_big_cmp(&scale, &t, nl), incl);
        if down || up {
            break;
        }
        __fmt_big_mul_small(&mut mant, 10, nl);
        __fmt_big_mul_small(&mut minus, 10, nl);
        __fmt_big_mul_small(&mut plus, 10, nl);
    }
    let mut round: bool = false;
    if up {
        if !down {
            round = true;
        } else {
            __fmt_big_shl(&mut mant, 1);
            round = __fmt_big_cmp(&mant, &scale, nl) >= 0;
        }
    }
    if round {
        let c: u8 = __fmt_round_up(buf, i);
        if c != 0 {
            buf[i] = c;
            i += 1;
            k += 1;
        }
    }
    __fmt_pack(i, k)
}

// dragon::format_exact: correctly rounded (half to even on the exact value) digits, at most
// `blen` of them and none below 10^limit.
fn __fmt_exact(mant_in: u64, exp: i32, blen: usize, limit: i32, buf: &mut [u8; 1024]) -> u64 {
    let mut k: i32 = __fmt_est_k(mant_in, exp);
    let mut mant = [0u32; 40];
    let mut scale = [0u32; 40];
    let mut t = [0u32; 40];
    __fmt_big_set(&mut mant, mant_in);
    __fmt_big_set(&mut scale, 1);
    if exp < 0 {
        __fmt_big_shl(&mut scale, (-exp) as usize);
    } else {
        __fmt_big_shl(&mut mant, exp as usize);
    }
    if k >= 0 {
        __fmt_big_mul_pow10(&mut scale, k as usize);
    } else {
        __fmt_big_mul_pow10(&mut mant, (-k) as usize);
    }
    // fixup when mant + floor(scale / (2 * 10^blen)) >= scale
    __fmt_big_copy(&mut t, &scale);
    let mut n: usize = blen;
    while n > 9 {
        __fmt_big_div_small(&mut t, 1_000_000_000);
        n -= 9;
    }
    __fmt_big_div_small(&mut t, __fmt_pow10_u32(n) << 1);
    __fmt_big_add(&mut t, &mant, __FMT_NL);
    if __fmt_big_cmp(&t, &scale, __FMT_NL) >= 0 {
        k += 1;
    } else {
        __fmt_big_mul_small(&mut mant, 10, __FMT_NL);
    }
    let mut len: usize = if k < limit {
        0
    } else if ((k - limit) as usize) < blen {
        (k - limit) as usize
    } else {
        blen
    };
    let mut nl: usize = __fmt_big_top(&scale) + 1;
    if nl > __FMT_NL {
        nl = __FMT_NL;
    }
    if len > 0 {
        let mut scale2 = [0u32; 40];
        let mut scale4 = [0u32; 40];
        let mut scale8 = [0u32; 40];
        __fmt_big_copy(&mut scale2, &scale);
        __fmt_big_shl(&mut scale2, 1);
        __fmt_big_copy(&mut scale4, &scale);
        __fmt_big_shl(&mut scale4, 2);
        __fmt_big_copy(&mut scale8, &scale);
        __fmt_big_shl(&mut scale8, 3);
        let mut i: usize = 0;
        while i < len {
            if __fmt_big_is_zero(&mant, nl) {
                // the remaining digits are all zeroes; no rounding
                while i < len {
                    buf[i] = 48;
                    i += 1;
                }
                return __fmt_pack(len, k);
            }
            let mut d: u8 = 0;
            if __fmt_big_cmp(&mant, &scale8, nl) >= 0 {
                __fmt_big_sub(&mut mant, &scale8, nl);
                d += 8;
            }
            if __fmt_big_cmp(&mant, &scale4, nl) >= 0 {
                __fmt_big_sub(&mut mant, &scale4, nl);
                d += 4;
            }
            if __fmt_big_cmp(&mant, &scale2, nl) >= 0 {
                __fmt_big_sub(&mut mant, &scale2, nl);
                d += 2;
            }
            if __fmt_big_cmp(&mant, &scale, nl) >= 0 {
                __fmt_big_sub(&mut mant, &scale, nl);
                d += 1;
            }
            buf[i] = 48 + d;
            __fmt_big_mul_small(&mut mant, 10, nl);
            i += 1;
        }
    }
    // round half to even on the remainder
    __fmt_big_mul_small(&mut scale, 5, nl);
    let order: i32 = __fmt_big_cmp(&mant, &scale, nl);
    if order > 0 || (order == 0 && len > 0 && (buf[len - 1] & 1) == 1) {
        let c: u8 = __fmt_round_up(buf, len);
        if c != 0 {
            k += 1;
            if k > limit && len < blen {
                buf[len] = c;
                len += 1;
            }
        }
    }
    __fmt_pack(len, k)
}

// flt2dec::digits_to_dec_str
fn __fmt_dec_parts(parts: &mut [u32; 24], n: u32, exp: i32, frac_digits: u32) -> usize {
    let mut np: usize = 0;
    if exp <= 0 {
        let minus_exp: u32 = (-exp) as u32;
        np = __fmt_part(parts, np, __FMT_P_LIT, __FMT_L_ZERODOT, 0);
        np = __fmt_part(parts, np, __FMT_P_ZERO, minus_exp, 0);
        np = __fmt_part(parts, np, __FMT_P_DIG, 0, n);
        if frac_digits > n && frac_digits - n > minus_exp {
            np = __fmt_part(parts, np, __FMT_P_ZERO, (frac_digits - n) - minus_exp, 0);
        }
    } else {
        let e: u32 = exp as u32;
        if e < n {
            np = __fmt_part(parts, np, __FMT_P_DIG, 0, e);
            np = __fmt_part(parts, np, __FMT_P_LIT, __FMT_L_DOT, 0);
            np = __fmt_part(parts, np, __FMT_P_DIG, e, n);
            if frac_digits > n - e {
                np = __fmt_part(parts, np, __FMT_P_ZERO, frac_digits - (n - e), 0);
            }
        } else {
            np = __fmt_part(parts, np, __FMT_P_DIG, 0, n);
            np = __fmt_part(parts, np, __FMT_P_ZERO, e - n, 0);
            if frac_digits > 0 {
                np = __fmt_part(parts, np, __FMT_P_LIT, __FMT_L_DOT, 0);
                np = __fmt_part(parts, np, __FMT_P_ZERO, frac_digits, 0);
            }
        }
    }
    np
}

// flt2dec::digits_to_exp_str
fn __fmt_exp_parts(parts: &mut [u32; 24], n: u32, exp: i32, min_ndigits: u32, upper: bool) -> usize {
    let mut np: usize = 0;
    np = __fmt_part(parts, np, __FMT_P_DIG, 0, 1);
    if n > 1 || min_ndigits > 1 {
        np = __fmt_part(parts, np, __FMT_P_LIT, __FMT_L_DOT, 0);
        np = __fmt_part(parts, np, __FMT_P_DIG, 1, n);
        if min_ndigits > n {
            np = __fmt_part(parts, np, __FMT_P_ZERO, min_ndigits - n, 0);
        }
    }
    let e: i32 = exp - 1;
    if e < 0 {
        np = __fmt_part(parts, np, __FMT_P_LIT, if upper { __FMT_L_UEM } else { __FMT_L_EM }, 0);
        np = __fmt_part(parts, np, __FMT_P_NUM, (-e) as u32, 0);
    } else {
        np = __fmt_part(parts, np, __FMT_P_LIT, if upper { __FMT_L_UE } else { __FMT_L_E }, 0);
        np = __fmt_part(parts, np, __FMT_P_NUM, e as u32, 0);
    }
    np
}

// Parts for a zero in fixed notation with frac_digits decimals: "0" or "0." + zeroes.
fn __fmt_zero_parts(parts: &mut [u32; 24], frac_digits: u32) -> usize {
    let mut np: usize = 0;
    if frac_digits > 0 {
        np = __fmt_part(parts, np, __FMT_P_LIT, __FMT_L_ZERODOT, 0);
        np = __fmt_part(parts, np, __FMT_P_ZERO, frac_digits, 0);
    } else {
        np = __fmt_part(parts, np, __FMT_P_LIT, __FMT_L_ZERO, 0);
    }
    np
}

// The common float formatter. cls: 0 NaN, 1 inf, 2 zero, 3 finite (mant/plus/exp/incl valid).
// dbg_exp: Debug without precision uses exponent form (|v| < 1e-4 or >= 1e16, v != 0).
fn __fmt_float(
    neg: bool,
    cls: u32,
    mant: u64,
    plus: u64,
    exp: i32,
    incl: bool,
    dbg_exp: bool,
    kind: u32,
    fill: u32,
    align: u32,
    flags: u32,
    width: u32,
    prec: u32,
) {
    let mut buf = [0u8; 1024];
    let mut parts = [0u32; 24];
    let mut np: usize = 0;
    let sign: u8 = if cls == 0 {
        0
    } else if neg {
        45
    } else if (flags & 1) != 0 {
        43
    } else {
        0
    };
    let has_prec: bool = prec != __FMT_NONE;
    let upper: bool = kind == 7;
    let is_exp: bool = kind == 6 || kind == 7 || (kind == 1 && !has_prec && dbg_exp);
    if cls == 0 {
        np = __fmt_part(&mut parts, np, __FMT_P_LIT, __FMT_L_NAN, 0);
    } else if cls == 1 {
        np = __fmt_part(&mut parts, np, __FMT_P_LIT, __FMT_L_INF, 0);
    } else if is_exp {
        if !has_prec {
            // to_shortest_exp_str with dec_bounds (0, 0)
            if cls == 2 {
                np = __fmt_part(&mut parts, np, __FMT_P_LIT, __FMT_L_ZERO, 0);
                np = __fmt_part(&mut parts, np, __FMT_P_LIT, if upper { __FMT_L_UE } else { __FMT_L_E }, 0);
                np = __fmt_part(&mut parts, np, __FMT_P_NUM, 0, 0);
            } else {
                let r: u64 = __fmt_shortest(mant, plus, exp, incl, &mut buf);
                let n: u32 = (r & 0xFFFF_FFFF) as u32;
                let k: i32 = ((r >> 32) as i32) - 65536;
                np = __fmt_exp_parts(&mut parts, n, k, 0, upper);
            }
        } else {
            // to_exact_exp_str with ndigits = prec + 1
            let ndigits: u32 = prec + 1;
            if cls == 2 {
                if ndigits > 1 {
                    np = __fmt_part(&mut parts, np, __FMT_P_LIT, __FMT_L_ZERODOT, 0);
                    np = __fmt_part(&mut parts, np, __FMT_P_ZERO, ndigits - 1, 0);
                } else {
                    np = __fmt_part(&mut parts, np, __FMT_P_LIT, __FMT_L_ZERO, 0);
                }
                np = __fmt_part(&mut parts, np, __FMT_P_LIT, if upper { __FMT_L_UE } else { __FMT_L_E }, 0);
                np = __fmt_part(&mut parts, np, __FMT_P_NUM, 0, 0);
            } else {
                let maxlen: usize = __fmt_max_buf_len(exp);
                let trunc: usize = if (ndigits as usize) < maxlen { ndigits as usize } else { maxlen };
                let r: u64 = __fmt_exact(mant, exp, trunc, -32768, &mut buf);
                let n: u32 = (r & 0xFFFF_FFFF) as u32;
                let k: i32 = ((r >> 32) as i32) - 65536;
                np = __fmt_exp_parts(&mut parts, n, k, ndigits, upper);
            }
        }
    } else if !has_prec {
        // to_shortest_str: Display 0 fractional digits minimum, Debug 1
        let fd: u32 = if kind == 1 { 1 } else { 0 };
        if cls == 2 {
            np = __fmt_zero_parts(&mut parts, fd);
        } else {
            let r: u64 = __fmt_shortest(mant, plus, exp, incl, &mut buf);
            let n: u32 = (r & 0xFFFF_FFFF) as u32;
            let k: i32 = ((r >> 32) as i32) - 65536;
            np = __fmt_dec_parts(&mut parts, n, k, fd);
        }
    } else {
        // to_exact_fixed_str with frac_digits = prec
        if cls == 2 {
            np = __fmt_zero_parts(&mut parts, prec);
        } else {
            let maxlen: usize = __fmt_max_buf_len(exp);
            let limit: i32 = if prec < 0x8000 { -(prec as i32) } else { -32768 };
            let r: u64 = __fmt_exact(mant, exp, maxlen, limit, &mut buf);
            let n: u32 = (r & 0xFFFF_FFFF) as u32;
            let k: i32 = ((r >> 32) as i32) - 65536;
            if k <= limit {
                np = __fmt_zero_parts(&mut parts, prec);
            } else {
                np = __fmt_dec_parts(&mut parts, n, k, prec);
            }
        }
    }
    __fmt_pad_parts(sign, &parts, np, &buf, fill, align, flags, width);
}

pub fn __fmt_f64(v: f64, kind: u32, fill: u32, align: u32, flags: u32, width: u32, prec: u32) {
    let bits: u64 = __f64_to_bits(v);
    let neg: bool = (bits >> 63) != 0;
    let abs: u64 = bits & 0x7FFF_FFFF_FFFF_FFFF;
    let be: i32 = ((bits >> 52) & 0x7FF) as i32;
    let frac: u64 = bits & 0x000F_FFFF_FFFF_FFFF;
    let mut cls: u32 = 3;
    let mut mant: u64 = 0;
    let mut plus: u64 = 1;
    let mut exp: i32 = 0;
    let mut incl: bool = true;
    if be == 0x7FF {
        cls = if frac == 0 { 1 } else { 0 };
    } else if be == 0 {
        if frac == 0 {
            cls = 2;
        } else {
            // subnormal: core's integer_decode gives mantissa frac << 1 (always even)
            mant = frac << 1;
            exp = -1075;
        }
    } else {
        let m: u64 = frac | 0x0010_0000_0000_0000;
        incl = (m & 1) == 0;
        if frac == 0 {
            // power of two: the lower neighbour is closer
            mant = m << 2;
            plus = 2;
            exp = be - 1075 - 2;
        } else {
            mant = m << 1;
            exp = be - 1075 - 1;
        }
    }
    // |v| < 1e-4 (0x3F1A36E2EB1C432D) or |v| >= 1e16 (0x4341C37937E08000), compared as bits
    let dbg_exp: bool = cls != 0 && ((abs != 0 && abs < 0x3F1A_36E2_EB1C_432D) || abs >= 0x4341_C379_37E0_8000);
    __fmt_float(neg, cls, mant, plus, exp, incl, dbg_exp, kind, fill, align, flags, width, prec);
}

pub fn __fmt_f32(v: f32, kind: u32, fill: u32, align: u32, flags: u32, width: u32, prec: u32) {
    let bits: u32 = __f32_to_bits(v);
    let neg: bool = (bits >> 31) != 0;
    let abs: u32 = bits & 0x7FFF_FFFF;
    let be: i32 = ((bits >> 23) & 0xFF) as i32;
    let frac: u64 = (bits & 0x007F_FFFF) as u64;
    let mut cls: u32 = 3;
    let mut mant: u64 = 0;
    let mut plus: u64 = 1;
    let mut exp: i32 = 0;
    let mut incl: bool = true;
    if be == 0xFF {
        cls = if frac == 0 { 1 } else { 0 };
    } else if be == 0 {
        if frac == 0 {
            cls = 2;
        } else {
            mant = frac << 1;
            exp = -150;
        }
    } else {
        let m: u64 = frac | 0x0080_0000;
        incl = (m & 1) == 0;
        if frac == 0 {
            mant = m << 2;
            plus = 2;
            exp = be - 150 - 2;
        } else {
            mant = m << 1;
            exp = be - 150 - 1;
        }
    }
    // |v| < 1e-4f32 (0x38D1B717) or |v| >= 1e16f32 (0x5A0E1BCA), compared as bits
    let dbg_exp: bool = cls != 0 && ((abs != 0 && abs < 0x38D1_B717) || abs >= 0x5A0E_1BCA);
    __fmt_float(neg, cls, mant, plus, exp, incl, dbg_exp, kind, fill, align, flags, width, prec);
}

// ------------------------------------------------------------------------------------------
// Unicode: does char Debug / str Debug print c as \u{...}?  (c is grapheme-extended or not
// printable, per core::unicode of rustc 1.95 / Unicode 16.) Generated by
// tests-native/fmt/gen_unicode.rs; do not edit by hand.
// ------------------------------------------------------------------------------------------

// BEGIN GENERATED UNICODE
// 1811 range boundaries
fn __fmt_uni_esc(c: u32) -> bool {
    if c < 0x101A0 {
        if c < 0x1316 {
            if c < 0xB99 {
                if c < 0x9B1 {
                    if c < 0x6EE {
                        if c < 0x5BE {
                            if c < 0x38C {
                                if c < 0x300 {
                                    if c < 0x7F { if c < 0x1 { false } else { c < 0x20 } } else { if c < 0xAD { c < 0xA1 } else { c < 0xAE } }
                                } else {
                                    if c < 0x37A { if c < 0x370 { true } else { c >= 0x378 } } else { if c < 0x384 { c >= 0x380 } else { c >= 0x38B } }
                                }
                            } else {
                                if c < 0x530 {
                                    if c < 0x3A2 { if c < 0x38D { false } else { c < 0x38E } } else { if c < 0x483 { c < 0x3A3 } else { c < 0x48A } }
                                } else {
                                    if c < 0x559 { if c < 0x531 { true } else { c >= 0x557 } } else { if c < 0x58D { c >= 0x58B } else { c >= 0x590 } }
                                }
                            }
                        } else {
                            if c < 0x61B {
                                if c < 0x5C7 {
                                    if c < 0x5C1 { if c < 0x5BF { false } else { c < 0x5C0 } } else { if c < 0x5C4 { c < 0x5C3 } else { c < 0x5C6 } }
                                } else {
                                    if c < 0x5EF { if c < 0x5D0 { true } else { c >= 0x5EB } } else { if c < 0x606 { c >= 0x5F5 } else { c >= 0x610 } }
                                }
                            } else {
                                if c < 0x6D6 {
                                    if c < 0x64B { if c < 0x61C { false } else { c < 0x61D } } else { if c < 0x670 { c < 0x660 } else { c < 0x671 } }
                                } else {
                                    if c < 0x6E5 { if c < 0x6DE { true } else { c >= 0x6DF } } else { if c < 0x6E9 { c >= 0x6E7 } else { c >= 0x6EA } }
                                }
                            }
                        }
                    } else {
                        if c < 0x860 {
                            if c < 0x7FE {
                                if c < 0x7A6 {
                                    if c < 0x711 { if c < 0x70E { false } else { c < 0x710 } } else { if c < 0x730 { c < 0x712 } else { c < 0x74D } }
                                } else {
                                    if c < 0x7C0 { if c < 0x7B1 { true } else { c >= 0x7B2 } } else { if c < 0x7F4 { c >= 0x7EB } else { c >= 0x7FB } }
                                }
                            } else {
                                if c < 0x829 {
                                    if c < 0x81B { if c < 0x816 { false } else { c < 0x81A } } else { if c < 0x825 { c < 0x824 } else { c < 0x828 } }
                                } else {
                                    if c < 0x840 { if c < 0x830 { true } else { c >= 0x83F } } else { if c < 0x85E { c >= 0x859 } else { c >= 0x85F } }
                                }
                            }
                        } else {
                            if c < 0x94E {
                                if c < 0x93A {
                                    if c < 0x890 { if c < 0x86B { false } else { c < 0x870 } } else { if c < 0x8CA { c < 0x8A0 } else { c < 0x903 } }
                                } else {
                                    if c < 0x93D { if c < 0x93B { true } else { c >= 0x93C } } else { if c < 0x949 { c >= 0x941 } else { c >= 0x94D } }
                                }
                            } else {
                                if c < 0x984 {
                                    if c < 0x962 { if c < 0x951 { false } else { c < 0x958 } } else { if c < 0x981 { c < 0x964 } else { c < 0x982 } }
                                } else {
                                    if c < 0x991 {
                                        if c < 0x98D { c < 0x985 } else { c < 0x98F }
                                    } else {
                                        if c < 0x9A9 { c < 0x993 } else { c < 0x9AA }
                                    }
                                }
                            }
                        }
                    }
                } else {
                    if c < 0xAA9 {
                        if c < 0xA29 {
                            if c < 0x9CF {
                                if c < 0x9BF {
                                    if c < 0x9B6 { if c < 0x9B2 { true } else { c >= 0x9B3 } } else { if c < 0x9BD { c >= 0x9BA } else { c >= 0x9BE } }
                                } else {
                                    if c < 0x9C9 { if c < 0x9C1 { false } else { c < 0x9C7 } } else { if c < 0x9CD { c < 0x9CB } else { c < 0x9CE } }
                                }
                            } else {
                                if c < 0xA03 {
                                    if c < 0x9DF { if c < 0x9DC { true } else { c >= 0x9DE } } else { if c < 0x9E6 { c >= 0x9E2 } else { c >= 0x9FE } }
                                } else {
                                    if c < 0xA0B { if c < 0xA04 { false } else { c < 0xA05 } } else { if c < 0xA11 { c < 0xA0F } else { c < 0xA13 } }
                                }
                            }
                        } else {
                            if c < 0xA5F {
                                if c < 0xA38 {
                                    if c < 0xA32 { if c < 0xA2A { true } else { c >= 0xA31 } } else { if c < 0xA35 { c >= 0xA34 } else { c >= 0xA37 } }
                                } else {
                                    if c < 0xA41 { if c < 0xA3A { false } else { c < 0xA3E } } else { if c < 0xA5D { c < 0xA59 } else { c < 0xA5E } }
                                }
                            } else {
                                if c < 0xA83 {
                                    if c < 0xA72 { if c < 0xA66 { true } else { c >= 0xA70 } } else { if c < 0xA76 { c >= 0xA75 } else { c >= 0xA77 } }
                                } else {
                                    if c < 0xA8E { if c < 0xA84 { false } else { c < 0xA85 } } else { if c < 0xA92 { c < 0xA8F } else { c < 0xA93 } }
                                }
                            }
                        }
                    } else {
                        if c < 0xB29 {
                            if c < 0xAD1 {
                                if c < 0xABD {
                                    if c < 0xAB2 { if c < 0xAAA { true } else { c >= 0xAB1 } } else { if c < 0xAB5 { c >= 0xAB4 } else { c >= 0xABA } }
                                } else {
                                    if c < 0xACA { if c < 0xAC1 { false } else { c < 0xAC9 } } else { if c < 0xACD { c < 0xACB } else { c < 0xAD0 } }
                                }
                            } else {
                                if c < 0xB02 {
                                    if c < 0xAE6 { if c < 0xAE0 { true } else { c >= 0xAE2 } } else { if c < 0xAF9 { c >= 0xAF2 } else { c >= 0xAFA } }
                                } else {
                                    if c < 0xB0D { if c < 0xB04 { false } else { c < 0xB05 } } else { if c < 0xB11 { c < 0xB0F } else { c < 0xB13 } }
                                }
                            }
                        } else {
                            if c < 0xB4D {
                                if c < 0xB3D {
                                    if c < 0xB32 { if c < 0xB2A { true } else { c >= 0xB31 } } else { if c < 0xB35 { c >= 0xB34 } else { c >= 0xB3A } }
                                } else {
                                    if c < 0xB41 { if c < 0xB3E { false } else { c < 0xB40 } } else { if c < 0xB49 { c < 0xB47 } else { c < 0xB4B } }
                                }
                            } else {
                                if c < 0xB83 {
                                    if c < 0xB5F { if c < 0xB5C { true } else { c >= 0xB5E } } else { if c < 0xB66 { c >= 0xB62 } else { c >= 0xB78 } }
                                } else {
                                    if c < 0xB8E {
                                        if c < 0xB85 { c >= 0xB84 } else { c >= 0xB8B }
                                    } else {
                                        if c < 0xB92 { c >= 0xB91 } else { c >= 0xB96 }
                                    }
                                }
                            }
                        }
                    }
                }
            } else {
                if c < 0xDF5 {
                    if c < 0xCB5 {
                        if c < 0xC0E {
                            if c < 0xBC1 {
                                if c < 0xBA5 {
                                    if c < 0xB9D { if c < 0xB9B { false } else { c < 0xB9C } } else { if c < 0xBA0 { c < 0xB9E } else { c < 0xBA3 } }
                                } else {
                                    if c < 0xBAE { if c < 0xBA8 { true } else { c >= 0xBAB } } else { if c < 0xBBF { c >= 0xBBA } else { c >= 0xBC0 } }
                                }
                            } else {
                                if c < 0xBD1 {
                                    if c < 0xBC9 { if c < 0xBC3 { false } else { c < 0xBC6 } } else { if c < 0xBCD { c < 0xBCA } else { c < 0xBD0 } }
                                } else {
                                    if c < 0xC01 { if c < 0xBE6 { true } else { c >= 0xBFB } } else { if c < 0xC05 { c >= 0xC04 } else { c >= 0xC0D } }
                                }
                            }
                        } else {
                            if c < 0xC60 {
                                if c < 0xC3E {
                                    if c < 0xC29 { if c < 0xC11 { false } else { c < 0xC12 } } else { if c < 0xC3A { c < 0xC2A } else { c < 0xC3D } }
                                } else {
                                    if c < 0xC58 { if c < 0xC41 { true } else { c >= 0xC45 } } else { if c < 0xC5C { c >= 0xC5B } else { c >= 0xC5E } }
                                }
                            } else {
                                if c < 0xC8D {
                                    if c < 0xC70 { if c < 0xC62 { false } else { c < 0xC66 } } else { if c < 0xC81 { c < 0xC77 } else { c < 0xC82 } }
                                } else {
                                    if c < 0xC92 { if c < 0xC8E { true } else { c >= 0xC91 } } else { if c < 0xCAA { c >= 0xCA9 } else { c >= 0xCB4 } }
                                }
                            }
                        }
                    } else {
                        if c < 0xD4A {
                            if c < 0xCF1 {
                                if c < 0xCC5 {
                                    if c < 0xCBF { if c < 0xCBA { false } else { c < 0xCBD } } else { if c < 0xCC2 { c < 0xCC1 } else { c < 0xCC3 } }
                                } else {
                                    if c < 0xCE0 { if c < 0xCDC { true } else { c >= 0xCDF } } else { if c < 0xCE6 { c >= 0xCE2 } else { c >= 0xCF0 } }
                                }
                            } else {
                                if c < 0xD3B {
                                    if c < 0xD0D { if c < 0xCF4 { false } else { c < 0xD02 } } else { if c < 0xD11 { c < 0xD0E } else { c < 0xD12 } }
                                } else {
                                    if c < 0xD3F { if c < 0xD3D { true } else { c >= 0xD3E } } else { if c < 0xD46 { c >= 0xD41 } else { c >= 0xD49 } }
                                }
                            }
                        } else {
                            if c < 0xD9A {
                                if c < 0xD62 {
                                    if c < 0xD50 { if c < 0xD4D { false } else { c < 0xD4E } } else { if c < 0xD57 { c < 0xD54 } else { c < 0xD58 } }
                                } else {
                                    if c < 0xD82 { if c < 0xD66 { true } else { c >= 0xD80 } } else { if c < 0xD85 { c >= 0xD84 } else { c >= 0xD97 } }
                                }
                            } else {
                                if c < 0xDC7 {
                                    if c < 0xDBC { if c < 0xDB2 { false } else { c < 0xDB3 } } else { if c < 0xDBE { c < 0xDBD } else { c < 0xDC0 } }
                                } else {
                                    if c < 0xDDF {
                                        if c < 0xDD2 { c < 0xDD0 } else { c < 0xDD8 }
                                    } else {
                                        if c < 0xDF0 { c < 0xDE6 } else { c < 0xDF2 }
                                    }
                                }
                            }
                        }
                    }
                } else {
                    if c < 0x1000 {
                        if c < 0xEC7 {
                            if c < 0xE8B {
                                if c < 0xE4F {
                                    if c < 0xE32 { if c < 0xE01 { true } else { c >= 0xE31 } } else { if c < 0xE3F { c >= 0xE34 } else { c >= 0xE47 } }
                                } else {
                                    if c < 0xE83 { if c < 0xE5C { false } else { c < 0xE81 } } else { if c < 0xE85 { c < 0xE84 } else { c < 0xE86 } }
                                }
                            } else {
                                if c < 0xEB2 {
                                    if c < 0xEA5 { if c < 0xE8C { true } else { c >= 0xEA4 } } else { if c < 0xEA7 { c >= 0xEA6 } else { c >= 0xEB1 } }
                                } else {
                                    if c < 0xEBE { if c < 0xEB4 { false } else { c < 0xEBD } } else { if c < 0xEC5 { c < 0xEC0 } else { c < 0xEC6 } }
                                }
                            }
                        } else {
                            if c < 0xF48 {
                                if c < 0xF1A {
                                    if c < 0xEDC { if c < 0xED0 { true } else { c >= 0xEDA } } else { if c < 0xF00 { c >= 0xEE0 } else { c >= 0xF18 } }
                                } else {
                                    if c < 0xF37 { if c < 0xF35 { false } else { c < 0xF36 } } else { if c < 0xF39 { c < 0xF38 } else { c < 0xF3A } }
                                }
                            } else {
                                if c < 0xF88 {
                                    if c < 0xF7F { if c < 0xF49 { true } else { c >= 0xF6D } } else { if c < 0xF85 { c >= 0xF80 } else { c >= 0xF86 } }
                                } else {
                                    if c < 0xFC7 {
                                        if c < 0xFBE { c >= 0xF8D } else { c >= 0xFC6 }
                                    } else {
                                        if c < 0xFCE { c >= 0xFCD } else { c >= 0xFDB }
                                    }
                                }
                            }
                        }
                    } else {
                        if c < 0x10D0 {
                            if c < 0x1075 {
                                if c < 0x103D {
                                    if c < 0x1032 { if c < 0x102D { false } else { c < 0x1031 } } else { if c < 0x1039 { c < 0x1038 } else { c < 0x103B } }
                                } else {
                                    if c < 0x105A { if c < 0x103F { true } else { c >= 0x1058 } } else { if c < 0x1061 { c >= 0x105E } else { c >= 0x1071 } }
                                }
                            } else {
                                if c < 0x109D {
                                    if c < 0x1085 { if c < 0x1082 { false } else { c < 0x1083 } } else { if c < 0x108D { c < 0x1087 } else { c < 0x108E } }
                                } else {
                                    if c < 0x10C7 { if c < 0x109E { true } else { c >= 0x10C6 } } else { if c < 0x10CD { c >= 0x10C8 } else { c >= 0x10CE } }
                                }
                            }
                        } else {
                            if c < 0x1290 {
                                if c < 0x1259 {
                                    if c < 0x124E { if c < 0x1249 { false } else { c < 0x124A } } else { if c < 0x1257 { c < 0x1250 } else { c < 0x1258 } }
                                } else {
                                    if c < 0x1260 { if c < 0x125A { true } else { c >= 0x125E } } else { if c < 0x128A { c >= 0x1289 } else { c >= 0x128E } }
                                }
                            } else {
                                if c < 0x12C1 {
                                    if c < 0x12B6 { if c < 0x12B1 { false } else { c < 0x12B2 } } else { if c < 0x12BF { c < 0x12B8 } else { c < 0x12C0 } }
                                } else {
                                    if c < 0x12D7 {
                                        if c < 0x12C6 { c < 0x12C2 } else { c < 0x12C8 }
                                    } else {
                                        if c < 0x1311 { c < 0x12D8 } else { c < 0x1312 }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } else {
            if c < 0x2DCF {
                if c < 0x1BAE {
                    if c < 0x18F6 {
                        if c < 0x1771 {
                            if c < 0x169D {
                                if c < 0x13A0 {
                                    if c < 0x1360 { if c < 0x1318 { true } else { c >= 0x135B } } else { if c < 0x1380 { c >= 0x137D } else { c >= 0x139A } }
                                } else {
                                    if c < 0x13FE { if c < 0x13F6 { false } else { c < 0x13F8 } } else { if c < 0x1680 { c < 0x1400 } else { c < 0x1681 } }
                                }
                            } else {
                                if c < 0x1735 {
                                    if c < 0x1700 { if c < 0x16A0 { true } else { c >= 0x16F9 } } else { if c < 0x171F { c >= 0x1712 } else { c >= 0x1732 } }
                                } else {
                                    if c < 0x1752 { if c < 0x1737 { false } else { c < 0x1740 } } else { if c < 0x176D { c < 0x1760 } else { c < 0x176E } }
                                }
                            }
                        } else {
                            if c < 0x17FA {
                                if c < 0x17C7 {
                                    if c < 0x17B6 { if c < 0x1780 { true } else { c >= 0x17B4 } } else { if c < 0x17BE { c >= 0x17B7 } else { c >= 0x17C6 } }
                                } else {
                                    if c < 0x17DD { if c < 0x17C9 { false } else { c < 0x17D4 } } else { if c < 0x17EA { c < 0x17E0 } else { c < 0x17F0 } }
                                }
                            } else {
                                if c < 0x1880 {
                                    if c < 0x1810 { if c < 0x1800 { true } else { c >= 0x180B } } else { if c < 0x1820 { c >= 0x181A } else { c >= 0x1879 } }
                                } else {
                                    if c < 0x18A9 { if c < 0x1885 { false } else { c < 0x1887 } } else { if c < 0x18AB { c < 0x18AA } else { c < 0x18B0 } }
                                }
                            }
                        }
                    } else {
                        if c < 0x1A56 {
                            if c < 0x196E {
                                if c < 0x1930 {
                                    if c < 0x1923 { if c < 0x1900 { true } else { c >= 0x191F } } else { if c < 0x1929 { c >= 0x1927 } else { c >= 0x192C } }
                                } else {
                                    if c < 0x1939 { if c < 0x1932 { false } else { c < 0x1933 } } else { if c < 0x1941 { c < 0x1940 } else { c < 0x1944 } }
                                }
                            } else {
                                if c < 0x19D0 {
                                    if c < 0x1980 { if c < 0x1970 { true } else { c >= 0x1975 } } else { if c < 0x19B0 { c >= 0x19AC } else { c >= 0x19CA } }
                                } else {
                                    if c < 0x1A17 { if c < 0x19DB { false } else { c < 0x19DE } } else { if c < 0x1A1B { c < 0x1A19 } else { c < 0x1A1E } }
                                }
                            }
                        } else {
                            if c < 0x1AAE {
                                if c < 0x1A6D {
                                    if c < 0x1A61 { if c < 0x1A57 { true } else { c >= 0x1A58 } } else { if c < 0x1A63 { c >= 0x1A62 } else { c >= 0x1A65 } }
                                } else {
                                    if c < 0x1A8A { if c < 0x1A73 { false } else { c < 0x1A80 } } else { if c < 0x1A9A { c < 0x1A90 } else { c < 0x1AA0 } }
                                }
                            } else {
                                if c < 0x1B4E {
                                    if c < 0x1B3E { if c < 0x1B04 { true } else { c >= 0x1B34 } } else { if c < 0x1B45 { c >= 0x1B42 } else { c >= 0x1B4D } }
                                } else {
                                    if c < 0x1B82 {
                                        if c < 0x1B74 { c >= 0x1B6B } else { c >= 0x1B80 }
                                    } else {
                                        if c < 0x1BA6 { c >= 0x1BA2 } else { c >= 0x1BA8 }
                                    }
                                }
                            }
                        }
                    }
                } else {
                    if c < 0x1FC6 {
                        if c < 0x1CF5 {
                            if c < 0x1C4D {
                                if c < 0x1BEF {
                                    if c < 0x1BE8 { if c < 0x1BE6 { false } else { c < 0x1BE7 } } else { if c < 0x1BED { c < 0x1BEA } else { c < 0x1BEE } }
                                } else {
                                    if c < 0x1C34 { if c < 0x1BFC { true } else { c >= 0x1C2C } } else { if c < 0x1C3B { c >= 0x1C36 } else { c >= 0x1C4A } }
                                }
                            } else {
                                if c < 0x1CD4 {
                                    if c < 0x1CBB { if c < 0x1C8B { false } else { c < 0x1C90 } } else { if c < 0x1CC8 { c < 0x1CBD } else { c < 0x1CD3 } }
                                } else {
                                    if c < 0x1CE9 { if c < 0x1CE1 { true } else { c >= 0x1CE2 } } else { if c < 0x1CEE { c >= 0x1CED } else { c >= 0x1CF4 } }
                                }
                            }
                        } else {
                            if c < 0x1F50 {
                                if c < 0x1F16 {
                                    if c < 0x1CFB { if c < 0x1CF8 { false } else { c < 0x1CFA } } else { if c < 0x1DC0 { c < 0x1D00 } else { c < 0x1E00 } }
                                } else {
                                    if c < 0x1F20 { if c < 0x1F18 { true } else { c >= 0x1F1E } } else { if c < 0x1F48 { c >= 0x1F46 } else { c >= 0x1F4E } }
                                }
                            } else {
                                if c < 0x1F5E {
                                    if c < 0x1F5A { if c < 0x1F58 { false } else { c < 0x1F59 } } else { if c < 0x1F5C { c < 0x1F5B } else { c < 0x1F5D } }
                                } else {
                                    if c < 0x1F80 { if c < 0x1F5F { true } else { c >= 0x1F7E } } else { if c < 0x1FB6 { c >= 0x1FB5 } else { c >= 0x1FC5 } }
                                }
                            }
                        }
                    } else {
                        if c < 0x2460 {
                            if c < 0x2070 {
                                if c < 0x1FF5 {
                                    if c < 0x1FDC { if c < 0x1FD4 { false } else { c < 0x1FD6 } } else { if c < 0x1FF0 { c < 0x1FDD } else { c < 0x1FF2 } }
                                } else {
                                    if c < 0x2010 { if c < 0x1FF6 { true } else { c >= 0x1FFF } } else { if c < 0x2030 { c >= 0x2028 } else { c >= 0x205F } }
                                }
                            } else {
                                if c < 0x20C2 {
                                    if c < 0x208F { if c < 0x2072 { false } else { c < 0x2074 } } else { if c < 0x209D { c < 0x2090 } else { c < 0x20A0 } }
                                } else {
                                    if c < 0x2190 { if c < 0x2100 { true } else { c >= 0x218C } } else { if c < 0x2440 { c >= 0x242A } else { c >= 0x244B } }
                                }
                            }
                        } else {
                            if c < 0x2D6F {
                                if c < 0x2D26 {
                                    if c < 0x2CEF { if c < 0x2B74 { false } else { c < 0x2B76 } } else { if c < 0x2CF4 { c < 0x2CF2 } else { c < 0x2CF9 } }
                                } else {
                                    if c < 0x2D2D { if c < 0x2D27 { true } else { c >= 0x2D28 } } else { if c < 0x2D30 { c >= 0x2D2E } else { c >= 0x2D68 } }
                                }
                            } else {
                                if c < 0x2DAF {
                                    if c < 0x2D97 { if c < 0x2D71 { false } else { c < 0x2D80 } } else { if c < 0x2DA7 { c < 0x2DA0 } else { c < 0x2DA8 } }
                                } else {
                                    if c < 0x2DBF {
                                        if c < 0x2DB7 { c < 0x2DB0 } else { c < 0x2DB8 }
                                    } else {
                                        if c < 0x2DC7 { c < 0x2DC0 } else { c < 0x2DC8 }
                                    }
                                }
                            }
                        }
                    }
                }
            } else {
                if c < 0xAAB5 {
                    if c < 0xA825 {
                        if c < 0x31E6 {
                            if c < 0x3000 {
                                if c < 0x2E80 {
                                    if c < 0x2DD8 { if c < 0x2DD0 { true } else { c >= 0x2DD7 } } else { if c < 0x2E00 { c >= 0x2DDF } else { c >= 0x2E5E } }
                                } else {
                                    if c < 0x2EF4 { if c < 0x2E9A { false } else { c < 0x2E9B } } else { if c < 0x2FD6 { c < 0x2F00 } else { c < 0x2FF0 } }
                                }
                            } else {
                                if c < 0x309B {
                                    if c < 0x3030 { if c < 0x3001 { true } else { c >= 0x302A } } else { if c < 0x3041 { c >= 0x3040 } else { c >= 0x3097 } }
                                } else {
                                    if c < 0x3130 { if c < 0x3100 { false } else { c < 0x3105 } } else { if c < 0x318F { c < 0x3131 } else { c < 0x3190 } }
                                }
                            }
                        } else {
                            if c < 0xA69E {
                                if c < 0xA4D0 {
                                    if c < 0x3220 { if c < 0x31EF { true } else { c >= 0x321F } } else { if c < 0xA490 { c >= 0xA48D } else { c >= 0xA4C7 } }
                                } else {
                                    if c < 0xA66F { if c < 0xA62C { false } else { c < 0xA640 } } else { if c < 0xA674 { c < 0xA673 } else { c < 0xA67E } }
                                }
                            } else {
                                if c < 0xA7F1 {
                                    if c < 0xA6F2 { if c < 0xA6A0 { true } else { c >= 0xA6F0 } } else { if c < 0xA700 { c >= 0xA6F8 } else { c >= 0xA7DD } }
                                } else {
                                    if c < 0xA806 { if c < 0xA802 { false } else { c < 0xA803 } } else { if c < 0xA80B { c < 0xA807 } else { c < 0xA80C } }
                                }
                            }
                        }
                    } else {
                        if c < 0xA9C0 {
                            if c < 0xA926 {
                                if c < 0xA880 {
                                    if c < 0xA830 { if c < 0xA827 { true } else { c >= 0xA82C } } else { if c < 0xA840 { c >= 0xA83A } else { c >= 0xA878 } }
                                } else {
                                    if c < 0xA8DA { if c < 0xA8C4 { false } else { c < 0xA8CE } } else { if c < 0xA8FF { c < 0xA8F2 } else { c < 0xA900 } }
                                }
                            } else {
                                if c < 0xA983 {
                                    if c < 0xA952 { if c < 0xA92E { true } else { c >= 0xA947 } } else { if c < 0xA95F { c >= 0xA953 } else { c >= 0xA97D } }
                                } else {
                                    if c < 0xA9B6 { if c < 0xA9B3 { false } else { c < 0xA9B4 } } else { if c < 0xA9BC { c < 0xA9BA } else { c < 0xA9BE } }
                                }
                            }
                        } else {
                            if c < 0xAA35 {
                                if c < 0xA9E6 {
                                    if c < 0xA9CF { if c < 0xA9C1 { true } else { c >= 0xA9CE } } else { if c < 0xA9DE { c >= 0xA9DA } else { c >= 0xA9E5 } }
                                } else {
                                    if c < 0xAA29 { if c < 0xA9FF { false } else { c < 0xAA00 } } else { if c < 0xAA31 { c < 0xAA2F } else { c < 0xAA33 } }
                                }
                            } else {
                                if c < 0xAA50 {
                                    if c < 0xAA44 { if c < 0xAA40 { true } else { c >= 0xAA43 } } else { if c < 0xAA4D { c >= 0xAA4C } else { c >= 0xAA4E } }
                                } else {
                                    if c < 0xAA7D {
                                        if c < 0xAA5C { c >= 0xAA5A } else { c >= 0xAA7C }
                                    } else {
                                        if c < 0xAAB1 { c >= 0xAAB0 } else { c >= 0xAAB2 }
                                    }
                                }
                            }
                        }
                    }
                } else {
                    if c < 0xFB45 {
                        if c < 0xABE9 {
                            if c < 0xAB09 {
                                if c < 0xAAC3 {
                                    if c < 0xAABE { if c < 0xAAB7 { false } else { c < 0xAAB9 } } else { if c < 0xAAC1 { c < 0xAAC0 } else { c < 0xAAC2 } }
                                } else {
                                    if c < 0xAAEE { if c < 0xAADB { true } else { c >= 0xAAEC } } else { if c < 0xAB01 { c >= 0xAAF6 } else { c >= 0xAB07 } }
                                }
                            } else {
                                if c < 0xAB2F {
                                    if c < 0xAB17 { if c < 0xAB0F { false } else { c < 0xAB11 } } else { if c < 0xAB27 { c < 0xAB20 } else { c < 0xAB28 } }
                                } else {
                                    if c < 0xAB70 { if c < 0xAB30 { true } else { c >= 0xAB6C } } else { if c < 0xABE6 { c >= 0xABE5 } else { c >= 0xABE8 } }
                                }
                            }
                        } else {
                            if c < 0xFB00 {
                                if c < 0xD7C7 {
                                    if c < 0xABFA { if c < 0xABED { false } else { c < 0xABF0 } } else { if c < 0xD7A4 { c < 0xAC00 } else { c < 0xD7B0 } }
                                } else {
                                    if c < 0xF900 { if c < 0xD7CB { true } else { c >= 0xD7FC } } else { if c < 0xFA70 { c >= 0xFA6E } else { c >= 0xFADA } }
                                }
                            } else {
                                if c < 0xFB37 {
                                    if c < 0xFB18 { if c < 0xFB07 { false } else { c < 0xFB13 } } else { if c < 0xFB1E { c < 0xFB1D } else { c < 0xFB1F } }
                                } else {
                                    if c < 0xFB3F {
                                        if c < 0xFB3D { c < 0xFB38 } else { c < 0xFB3E }
                                    } else {
                                        if c < 0xFB42 { c < 0xFB40 } else { c < 0xFB43 }
                                    }
                                }
                            }
                        }
                    } else {
                        if c < 0xFFDD {
                            if c < 0xFE75 {
                                if c < 0xFE30 {
                                    if c < 0xFDF0 { if c < 0xFB46 { true } else { c >= 0xFDD0 } } else { if c < 0xFE10 { c >= 0xFE00 } else { c >= 0xFE1A } }
                                } else {
                                    if c < 0xFE67 { if c < 0xFE53 { false } else { c < 0xFE54 } } else { if c < 0xFE6C { c < 0xFE68 } else { c < 0xFE70 } }
                                }
                            } else {
                                if c < 0xFFC2 {
                                    if c < 0xFF01 { if c < 0xFE76 { true } else { c >= 0xFEFD } } else { if c < 0xFFA0 { c >= 0xFF9E } else { c >= 0xFFBF } }
                                } else {
                                    if c < 0xFFD0 { if c < 0xFFC8 { false } else { c < 0xFFCA } } else { if c < 0xFFD8 { c < 0xFFD2 } else { c < 0xFFDA } }
                                }
                            }
                        } else {
                            if c < 0x1003E {
                                if c < 0x10000 {
                                    if c < 0xFFE8 { if c < 0xFFE0 { true } else { c >= 0xFFE7 } } else { if c < 0xFFFC { c >= 0xFFEF } else { c >= 0xFFFE } }
                                } else {
                                    if c < 0x10027 { if c < 0x1000C { false } else { c < 0x1000D } } else { if c < 0x1003B { c < 0x10028 } else { c < 0x1003C } }
                                }
                            } else {
                                if c < 0x10100 {
                                    if c < 0x10050 { if c < 0x1003F { true } else { c >= 0x1004E } } else { if c < 0x10080 { c >= 0x1005E } else { c >= 0x100FB } }
                                } else {
                                    if c < 0x10137 {
                                        if c < 0x10107 { c >= 0x10103 } else { c >= 0x10134 }
                                    } else {
                                        if c < 0x10190 { c >= 0x1018F } else { c >= 0x1019D }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    } else {
        if c < 0x11D47 {
            if c < 0x1128A {
                if c < 0x10B36 {
                    if c < 0x10760 {
                        if c < 0x104D8 {
                            if c < 0x10350 {
                                if c < 0x102D1 {
                                    if c < 0x101FD { if c < 0x101A1 { false } else { c < 0x101D0 } } else { if c < 0x1029D { c < 0x10280 } else { c < 0x102A0 } }
                                } else {
                                    if c < 0x10300 { if c < 0x102E1 { true } else { c >= 0x102FC } } else { if c < 0x1032D { c >= 0x10324 } else { c >= 0x1034B } }
                                }
                            } else {
                                if c < 0x103D6 {
                                    if c < 0x1039E { if c < 0x10376 { false } else { c < 0x10380 } } else { if c < 0x103C4 { c < 0x1039F } else { c < 0x103C8 } }
                                } else {
                                    if c < 0x104A0 { if c < 0x10400 { true } else { c >= 0x1049E } } else { if c < 0x104B0 { c >= 0x104AA } else { c >= 0x104D4 } }
                                }
                            }
                        } else {
                            if c < 0x10597 {
                                if c < 0x1057B {
                                    if c < 0x10528 { if c < 0x104FC { false } else { c < 0x10500 } } else { if c < 0x10564 { c < 0x10530 } else { c < 0x1056F } }
                                } else {
                                    if c < 0x1058C { if c < 0x1057C { true } else { c >= 0x1058B } } else { if c < 0x10594 { c >= 0x10593 } else { c >= 0x10596 } }
                                }
                            } else {
                                if c < 0x105BD {
                                    if c < 0x105B2 { if c < 0x105A2 { false } else { c < 0x105A3 } } else { if c < 0x105BA { c < 0x105B3 } else { c < 0x105BB } }
                                } else {
                                    if c < 0x10600 { if c < 0x105C0 { true } else { c >= 0x105F4 } } else { if c < 0x10740 { c >= 0x10737 } else { c >= 0x10756 } }
                                }
                            }
                        }
                    } else {
                        if c < 0x108FB {
                            if c < 0x10837 {
                                if c < 0x107BB {
                                    if c < 0x10786 { if c < 0x10768 { false } else { c < 0x10780 } } else { if c < 0x107B1 { c < 0x10787 } else { c < 0x107B2 } }
                                } else {
                                    if c < 0x10808 { if c < 0x10800 { true } else { c >= 0x10806 } } else { if c < 0x1080A { c >= 0x10809 } else { c >= 0x10836 } }
                                }
                            } else {
                                if c < 0x1089F {
                                    if c < 0x1083D { if c < 0x10839 { false } else { c < 0x1083C } } else { if c < 0x10856 { c < 0x1083F } else { c < 0x10857 } }
                                } else {
                                    if c < 0x108E0 { if c < 0x108A7 { true } else { c >= 0x108B0 } } else { if c < 0x108F4 { c >= 0x108F3 } else { c >= 0x108F6 } }
                                }
                            }
                        } else {
                            if c < 0x10A15 {
                                if c < 0x109B8 {
                                    if c < 0x1093A { if c < 0x1091C { false } else { c < 0x1091F } } else { if c < 0x1095A { c < 0x1093F } else { c < 0x10980 } }
                                } else {
                                    if c < 0x109D2 { if c < 0x109BC { true } else { c >= 0x109D0 } } else { if c < 0x10A10 { c >= 0x10A01 } else { c >= 0x10A14 } }
                                }
                            } else {
                                if c < 0x10A59 {
                                    if c < 0x10A36 { if c < 0x10A18 { false } else { c < 0x10A19 } } else { if c < 0x10A49 { c < 0x10A40 } else { c < 0x10A50 } }
                                } else {
                                    if c < 0x10AE5 {
                                        if c < 0x10AA0 { c < 0x10A60 } else { c < 0x10AC0 }
                                    } else {
                                        if c < 0x10AF7 { c < 0x10AEB } else { c < 0x10B00 }
                                    }
                                }
                            }
                        }
                    }
                } else {
                    if c < 0x11038 {
                        if c < 0x10E7F {
                            if c < 0x10CB3 {
                                if c < 0x10B99 {
                                    if c < 0x10B58 { if c < 0x10B39 { true } else { c >= 0x10B56 } } else { if c < 0x10B78 { c >= 0x10B73 } else { c >= 0x10B92 } }
                                } else {
                                    if c < 0x10BB0 { if c < 0x10B9D { false } else { c < 0x10BA9 } } else { if c < 0x10C49 { c < 0x10C00 } else { c < 0x10C80 } }
                                }
                            } else {
                                if c < 0x10D40 {
                                    if c < 0x10CFA { if c < 0x10CC0 { true } else { c >= 0x10CF3 } } else { if c < 0x10D30 { c >= 0x10D24 } else { c >= 0x10D3A } }
                                } else {
                                    if c < 0x10D86 { if c < 0x10D66 { false } else { c < 0x10D6E } } else { if c < 0x10D90 { c < 0x10D8E } else { c < 0x10E60 } }
                                }
                            }
                        } else {
                            if c < 0x10F46 {
                                if c < 0x10EC2 {
                                    if c < 0x10EAD { if c < 0x10E80 { true } else { c >= 0x10EAA } } else { if c < 0x10EB0 { c >= 0x10EAE } else { c >= 0x10EB2 } }
                                } else {
                                    if c < 0x10ED9 { if c < 0x10EC8 { false } else { c < 0x10ED0 } } else { if c < 0x10F28 { c < 0x10F00 } else { c < 0x10F30 } }
                                }
                            } else {
                                if c < 0x10FB0 {
                                    if c < 0x10F70 { if c < 0x10F51 { true } else { c >= 0x10F5A } } else { if c < 0x10F86 { c >= 0x10F82 } else { c >= 0x10F8A } }
                                } else {
                                    if c < 0x10FF7 { if c < 0x10FCC { false } else { c < 0x10FE0 } } else { if c < 0x11001 { c < 0x11000 } else { c < 0x11002 } }
                                }
                            }
                        }
                    } else {
                        if c < 0x11173 {
                            if c < 0x110BD {
                                if c < 0x11075 {
                                    if c < 0x11052 { if c < 0x11047 { true } else { c >= 0x1104E } } else { if c < 0x11071 { c >= 0x11070 } else { c >= 0x11073 } }
                                } else {
                                    if c < 0x110B3 { if c < 0x11076 { false } else { c < 0x11082 } } else { if c < 0x110B9 { c < 0x110B7 } else { c < 0x110BB } }
                                }
                            } else {
                                if c < 0x11103 {
                                    if c < 0x110D0 { if c < 0x110BE { true } else { c >= 0x110C2 } } else { if c < 0x110F0 { c >= 0x110E9 } else { c >= 0x110FA } }
                                } else {
                                    if c < 0x1112D { if c < 0x11127 { false } else { c < 0x1112C } } else { if c < 0x11148 { c < 0x11136 } else { c < 0x11150 } }
                                }
                            }
                        } else {
                            if c < 0x111F5 {
                                if c < 0x111C1 {
                                    if c < 0x11182 { if c < 0x11174 { true } else { c >= 0x11177 } } else { if c < 0x111BF { c >= 0x111B6 } else { c >= 0x111C0 } }
                                } else {
                                    if c < 0x111CF { if c < 0x111C9 { false } else { c < 0x111CD } } else { if c < 0x111E0 { c < 0x111D0 } else { c < 0x111E1 } }
                                }
                            } else {
                                if c < 0x11238 {
                                    if c < 0x11213 { if c < 0x11200 { true } else { c >= 0x11212 } } else { if c < 0x11232 { c >= 0x1122F } else { c >= 0x11234 } }
                                } else {
                                    if c < 0x11280 {
                                        if c < 0x1123F { c >= 0x1123E } else { c >= 0x11241 }
                                    } else {
                                        if c < 0x11288 { c >= 0x11287 } else { c >= 0x11289 }
                                    }
                                }
                            }
                        }
                    }
                }
            } else {
                if c < 0x116AB {
                    if c < 0x113D1 {
                        if c < 0x1133F {
                            if c < 0x11305 {
                                if c < 0x112DF {
                                    if c < 0x1129E { if c < 0x1128E { false } else { c < 0x1128F } } else { if c < 0x112AA { c < 0x1129F } else { c < 0x112B0 } }
                                } else {
                                    if c < 0x112F0 { if c < 0x112E0 { true } else { c >= 0x112E3 } } else { if c < 0x11302 { c >= 0x112FA } else { c >= 0x11304 } }
                                }
                            } else {
                                if c < 0x11331 {
                                    if c < 0x11311 { if c < 0x1130D { false } else { c < 0x1130F } } else { if c < 0x11329 { c < 0x11313 } else { c < 0x1132A } }
                                } else {
                                    if c < 0x11335 { if c < 0x11332 { true } else { c >= 0x11334 } } else { if c < 0x1133D { c >= 0x1133A } else { c >= 0x1133E } }
                                }
                            }
                        } else {
                            if c < 0x1138B {
                                if c < 0x1134D {
                                    if c < 0x11345 { if c < 0x11340 { false } else { c < 0x11341 } } else { if c < 0x11349 { c < 0x11347 } else { c < 0x1134B } }
                                } else {
                                    if c < 0x1135D { if c < 0x11350 { true } else { c >= 0x11351 } } else { if c < 0x11380 { c >= 0x11364 } else { c >= 0x1138A } }
                                }
                            } else {
                                if c < 0x113B8 {
                                    if c < 0x1138F { if c < 0x1138C { false } else { c < 0x1138E } } else { if c < 0x113B6 { c < 0x11390 } else { c < 0x113B7 } }
                                } else {
                                    if c < 0x113CA { if c < 0x113B9 { true } else { c >= 0x113BB } } else { if c < 0x113CC { c >= 0x113CB } else { c >= 0x113CE } }
                                }
                            }
                        }
                    } else {
                        if c < 0x114C1 {
                            if c < 0x1145D {
                                if c < 0x11438 {
                                    if c < 0x113D6 { if c < 0x113D2 { false } else { c < 0x113D3 } } else { if c < 0x113D9 { c < 0x113D7 } else { c < 0x11400 } }
                                } else {
                                    if c < 0x11445 { if c < 0x11440 { true } else { c >= 0x11442 } } else { if c < 0x11447 { c >= 0x11446 } else { c >= 0x1145C } }
                                }
                            } else {
                                if c < 0x114B3 {
                                    if c < 0x11462 { if c < 0x1145E { false } else { c < 0x1145F } } else { if c < 0x114B0 { c < 0x11480 } else { c < 0x114B1 } }
                                } else {
                                    if c < 0x114BB { if c < 0x114B9 { true } else { c >= 0x114BA } } else { if c < 0x114BE { c >= 0x114BD } else { c >= 0x114BF } }
                                }
                            }
                        } else {
                            if c < 0x115C1 {
                                if c < 0x115AF {
                                    if c < 0x114C8 { if c < 0x114C2 { false } else { c < 0x114C4 } } else { if c < 0x114DA { c < 0x114D0 } else { c < 0x11580 } }
                                } else {
                                    if c < 0x115B8 { if c < 0x115B0 { true } else { c >= 0x115B2 } } else { if c < 0x115BE { c >= 0x115BC } else { c >= 0x115BF } }
                                }
                            } else {
                                if c < 0x1163F {
                                    if c < 0x11633 { if c < 0x115DC { false } else { c < 0x11600 } } else { if c < 0x1163D { c < 0x1163B } else { c < 0x1163E } }
                                } else {
                                    if c < 0x1165A {
                                        if c < 0x11645 { c < 0x11641 } else { c < 0x11650 }
                                    } else {
                                        if c < 0x1166D { c < 0x11660 } else { c < 0x11680 }
                                    }
                                }
                            }
                        }
                    }
                } else {
                    if c < 0x11A00 {
                        if c < 0x118F3 {
                            if c < 0x1171F {
                                if c < 0x116C0 {
                                    if c < 0x116AE { if c < 0x116AC { true } else { c >= 0x116AD } } else { if c < 0x116B8 { c >= 0x116B0 } else { c >= 0x116BA } }
                                } else {
                                    if c < 0x116E4 { if c < 0x116CA { false } else { c < 0x116D0 } } else { if c < 0x1171B { c < 0x11700 } else { c < 0x1171E } }
                                }
                            } else {
                                if c < 0x11800 {
                                    if c < 0x11726 { if c < 0x11720 { true } else { c >= 0x11722 } } else { if c < 0x11730 { c >= 0x11727 } else { c >= 0x11747 } }
                                } else {
                                    if c < 0x11839 { if c < 0x1182F { false } else { c < 0x11838 } } else { if c < 0x1183C { c < 0x1183B } else { c < 0x118A0 } }
                                }
                            }
                        } else {
                            if c < 0x11939 {
                                if c < 0x11915 {
                                    if c < 0x11909 { if c < 0x118FF { true } else { c >= 0x11907 } } else { if c < 0x1190C { c >= 0x1190A } else { c >= 0x11914 } }
                                } else {
                                    if c < 0x11930 { if c < 0x11917 { false } else { c < 0x11918 } } else { if c < 0x11936 { c < 0x11931 } else { c < 0x11937 } }
                                }
                            } else {
                                if c < 0x119A0 {
                                    if c < 0x11944 { if c < 0x1193F { true } else { c >= 0x11943 } } else { if c < 0x11950 { c >= 0x11947 } else { c >= 0x1195A } }
                                } else {
                                    if c < 0x119DC {
                                        if c < 0x119AA { c >= 0x119A8 } else { c >= 0x119D4 }
                                    } else {
                                        if c < 0x119E1 { c >= 0x119E0 } else { c >= 0x119E5 }
                                    }
                                }
                            }
                        }
                    } else {
                        if c < 0x11BC0 {
                            if c < 0x11A97 {
                                if c < 0x11A47 {
                                    if c < 0x11A33 { if c < 0x11A01 { false } else { c < 0x11A0B } } else { if c < 0x11A3B { c < 0x11A39 } else { c < 0x11A3F } }
                                } else {
                                    if c < 0x11A57 { if c < 0x11A50 { true } else { c >= 0x11A51 } } else { if c < 0x11A5C { c >= 0x11A59 } else { c >= 0x11A8A } }
                                }
                            } else {
                                if c < 0x11B0A {
                                    if c < 0x11AA3 { if c < 0x11A98 { false } else { c < 0x11A9A } } else { if c < 0x11AF9 { c < 0x11AB0 } else { c < 0x11B00 } }
                                } else {
                                    if c < 0x11B65 { if c < 0x11B61 { true } else { c >= 0x11B62 } } else { if c < 0x11B67 { c >= 0x11B66 } else { c >= 0x11B68 } }
                                }
                            }
                        } else {
                            if c < 0x11C70 {
                                if c < 0x11C30 {
                                    if c < 0x11BFA { if c < 0x11BE2 { false } else { c < 0x11BF0 } } else { if c < 0x11C09 { c < 0x11C00 } else { c < 0x11C0A } }
                                } else {
                                    if c < 0x11C40 { if c < 0x11C3E { true } else { c >= 0x11C3F } } else { if c < 0x11C50 { c >= 0x11C46 } else { c >= 0x11C6D } }
                                }
                            } else {
                                if c < 0x11CB5 {
                                    if c < 0x11CAA { if c < 0x11C90 { false } else { c < 0x11CA9 } } else { if c < 0x11CB2 { c < 0x11CB1 } else { c < 0x11CB4 } }
                                } else {
                                    if c < 0x11D0A {
                                        if c < 0x11D07 { c < 0x11D00 } else { c < 0x11D08 }
                                    } else {
                                        if c < 0x11D31 { c < 0x11D0B } else { c < 0x11D46 }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } else {
            if c < 0x1DA8C {
                if c < 0x1AFF5 {
                    if c < 0x1611E {
                        if c < 0x11F36 {
                            if c < 0x11D99 {
                                if c < 0x11D6A {
                                    if c < 0x11D60 { if c < 0x11D50 { true } else { c >= 0x11D5A } } else { if c < 0x11D67 { c >= 0x11D66 } else { c >= 0x11D69 } }
                                } else {
                                    if c < 0x11D95 { if c < 0x11D8F { false } else { c < 0x11D93 } } else { if c < 0x11D97 { c < 0x11D96 } else { c < 0x11D98 } }
                                }
                            } else {
                                if c < 0x11EE0 {
                                    if c < 0x11DB0 { if c < 0x11DA0 { true } else { c >= 0x11DAA } } else { if c < 0x11DE0 { c >= 0x11DDC } else { c >= 0x11DEA } }
                                } else {
                                    if c < 0x11EF9 { if c < 0x11EF3 { false } else { c < 0x11EF5 } } else { if c < 0x11F11 { c < 0x11F02 } else { c < 0x11F12 } }
                                }
                            }
                        } else {
                            if c < 0x12475 {
                                if c < 0x11FC0 {
                                    if c < 0x11F43 { if c < 0x11F3E { true } else { c >= 0x11F40 } } else { if c < 0x11FB0 { c >= 0x11F5A } else { c >= 0x11FB1 } }
                                } else {
                                    if c < 0x1239A { if c < 0x11FF2 { false } else { c < 0x11FFF } } else { if c < 0x1246F { c < 0x12400 } else { c < 0x12470 } }
                                }
                            } else {
                                if c < 0x13441 {
                                    if c < 0x12F90 { if c < 0x12480 { true } else { c >= 0x12544 } } else { if c < 0x13000 { c >= 0x12FF3 } else { c >= 0x13430 } }
                                } else {
                                    if c < 0x143FB { if c < 0x13447 { false } else { c < 0x13460 } } else { if c < 0x14647 { c < 0x14400 } else { c < 0x16100 } }
                                }
                            }
                        }
                    } else {
                        if c < 0x16B78 {
                            if c < 0x16ACA {
                                if c < 0x16A40 {
                                    if c < 0x16130 { if c < 0x1612A { true } else { c >= 0x1612D } } else { if c < 0x16800 { c >= 0x1613A } else { c >= 0x16A39 } }
                                } else {
                                    if c < 0x16A6A { if c < 0x16A5F { false } else { c < 0x16A60 } } else { if c < 0x16ABF { c < 0x16A6E } else { c < 0x16AC0 } }
                                }
                            } else {
                                if c < 0x16B37 {
                                    if c < 0x16AF5 { if c < 0x16AD0 { true } else { c >= 0x16AEE } } else { if c < 0x16B00 { c >= 0x16AF6 } else { c >= 0x16B30 } }
                                } else {
                                    if c < 0x16B5A { if c < 0x16B46 { false } else { c < 0x16B50 } } else { if c < 0x16B62 { c < 0x16B5B } else { c < 0x16B63 } }
                                }
                            }
                        } else {
                            if c < 0x16F88 {
                                if c < 0x16EA0 {
                                    if c < 0x16D40 { if c < 0x16B7D { true } else { c >= 0x16B90 } } else { if c < 0x16E40 { c >= 0x16D7A } else { c >= 0x16E9B } }
                                } else {
                                    if c < 0x16ED4 { if c < 0x16EB9 { false } else { c < 0x16EBB } } else { if c < 0x16F4B { c < 0x16F00 } else { c < 0x16F50 } }
                                }
                            } else {
                                if c < 0x17000 {
                                    if c < 0x16FE0 { if c < 0x16F93 { true } else { c >= 0x16FA0 } } else { if c < 0x16FF2 { c >= 0x16FE4 } else { c >= 0x16FF7 } }
                                } else {
                                    if c < 0x18D80 {
                                        if c < 0x18CFF { c >= 0x18CD6 } else { c >= 0x18D1F }
                                    } else {
                                        if c < 0x1AFF0 { c >= 0x18DF3 } else { c >= 0x1AFF4 }
                                    }
                                }
                            }
                        }
                    }
                } else {
                    if c < 0x1D2C0 {
                        if c < 0x1CC00 {
                            if c < 0x1B170 {
                                if c < 0x1B133 {
                                    if c < 0x1AFFF { if c < 0x1AFFC { false } else { c < 0x1AFFD } } else { if c < 0x1B123 { c < 0x1B000 } else { c < 0x1B132 } }
                                } else {
                                    if c < 0x1B155 { if c < 0x1B150 { true } else { c >= 0x1B153 } } else { if c < 0x1B164 { c >= 0x1B156 } else { c >= 0x1B168 } }
                                }
                            } else {
                                if c < 0x1BC89 {
                                    if c < 0x1BC6B { if c < 0x1B2FC { false } else { c < 0x1BC00 } } else { if c < 0x1BC7D { c < 0x1BC70 } else { c < 0x1BC80 } }
                                } else {
                                    if c < 0x1BC9C { if c < 0x1BC90 { true } else { c >= 0x1BC9A } } else { if c < 0x1BC9F { c >= 0x1BC9D } else { c >= 0x1BCA0 } }
                                }
                            }
                        } else {
                            if c < 0x1D129 {
                                if c < 0x1CEF1 {
                                    if c < 0x1CEB4 { if c < 0x1CCFD { false } else { c < 0x1CD00 } } else { if c < 0x1CED1 { c < 0x1CEBA } else { c < 0x1CEE0 } }
                                } else {
                                    if c < 0x1D000 { if c < 0x1CF50 { true } else { c >= 0x1CFC4 } } else { if c < 0x1D100 { c >= 0x1D0F6 } else { c >= 0x1D127 } }
                                }
                            } else {
                                if c < 0x1D1AA {
                                    if c < 0x1D16D { if c < 0x1D165 { false } else { c < 0x1D16A } } else { if c < 0x1D185 { c < 0x1D183 } else { c < 0x1D18C } }
                                } else {
                                    if c < 0x1D200 { if c < 0x1D1AE { true } else { c >= 0x1D1EB } } else { if c < 0x1D245 { c >= 0x1D242 } else { c >= 0x1D246 } }
                                }
                            }
                        }
                    } else {
                        if c < 0x1D507 {
                            if c < 0x1D4A2 {
                                if c < 0x1D379 {
                                    if c < 0x1D2F4 { if c < 0x1D2D4 { false } else { c < 0x1D2E0 } } else { if c < 0x1D357 { c < 0x1D300 } else { c < 0x1D360 } }
                                } else {
                                    if c < 0x1D456 { if c < 0x1D400 { true } else { c >= 0x1D455 } } else { if c < 0x1D49E { c >= 0x1D49D } else { c >= 0x1D4A0 } }
                                }
                            } else {
                                if c < 0x1D4BA {
                                    if c < 0x1D4A7 { if c < 0x1D4A3 { false } else { c < 0x1D4A5 } } else { if c < 0x1D4AD { c < 0x1D4A9 } else { c < 0x1D4AE } }
                                } else {
                                    if c < 0x1D4BD { if c < 0x1D4BB { true } else { c >= 0x1D4BC } } else { if c < 0x1D4C5 { c >= 0x1D4C4 } else { c >= 0x1D506 } }
                                }
                            }
                        } else {
                            if c < 0x1D54A {
                                if c < 0x1D53A {
                                    if c < 0x1D515 { if c < 0x1D50B { false } else { c < 0x1D50D } } else { if c < 0x1D51D { c < 0x1D516 } else { c < 0x1D51E } }
                                } else {
                                    if c < 0x1D540 { if c < 0x1D53B { true } else { c >= 0x1D53F } } else { if c < 0x1D546 { c >= 0x1D545 } else { c >= 0x1D547 } }
                                }
                            } else {
                                if c < 0x1DA00 {
                                    if c < 0x1D6A6 { if c < 0x1D551 { false } else { c < 0x1D552 } } else { if c < 0x1D7CC { c < 0x1D6A8 } else { c < 0x1D7CE } }
                                } else {
                                    if c < 0x1DA75 {
                                        if c < 0x1DA3B { c < 0x1DA37 } else { c < 0x1DA6D }
                                    } else {
                                        if c < 0x1DA84 { c < 0x1DA76 } else { c < 0x1DA85 }
                                    }
                                }
                            }
                        }
                    }
                }
            } else {
                if c < 0x1EE64 {
                    if c < 0x1E8D0 {
                        if c < 0x1E5EE {
                            if c < 0x1E150 {
                                if c < 0x1E100 {
                                    if c < 0x1DF25 { if c < 0x1DF00 { true } else { c >= 0x1DF1F } } else { if c < 0x1E030 { c >= 0x1DF2B } else { c >= 0x1E06E } }
                                } else {
                                    if c < 0x1E13E { if c < 0x1E12D { false } else { c < 0x1E137 } } else { if c < 0x1E14A { c < 0x1E140 } else { c < 0x1E14E } }
                                }
                            } else {
                                if c < 0x1E2FF {
                                    if c < 0x1E2C0 { if c < 0x1E290 { true } else { c >= 0x1E2AE } } else { if c < 0x1E2F0 { c >= 0x1E2EC } else { c >= 0x1E2FA } }
                                } else {
                                    if c < 0x1E4EC { if c < 0x1E300 { false } else { c < 0x1E4D0 } } else { if c < 0x1E4FA { c < 0x1E4F0 } else { c < 0x1E5D0 } }
                                }
                            }
                        } else {
                            if c < 0x1E6F5 {
                                if c < 0x1E6E0 {
                                    if c < 0x1E5FF { if c < 0x1E5F0 { true } else { c >= 0x1E5FB } } else { if c < 0x1E6C0 { c >= 0x1E600 } else { c >= 0x1E6DF } }
                                } else {
                                    if c < 0x1E6E6 { if c < 0x1E6E3 { false } else { c < 0x1E6E4 } } else { if c < 0x1E6EE { c < 0x1E6E7 } else { c < 0x1E6F0 } }
                                }
                            } else {
                                if c < 0x1E7ED {
                                    if c < 0x1E7E0 { if c < 0x1E6FE { true } else { c >= 0x1E700 } } else { if c < 0x1E7E8 { c >= 0x1E7E7 } else { c >= 0x1E7EC } }
                                } else {
                                    if c < 0x1E7FF { if c < 0x1E7EF { false } else { c < 0x1E7F0 } } else { if c < 0x1E8C5 { c < 0x1E800 } else { c < 0x1E8C7 } }
                                }
                            }
                        }
                    } else {
                        if c < 0x1EE3A {
                            if c < 0x1EE04 {
                                if c < 0x1E95E {
                                    if c < 0x1E94B { if c < 0x1E900 { true } else { c >= 0x1E944 } } else { if c < 0x1E950 { c >= 0x1E94C } else { c >= 0x1E95A } }
                                } else {
                                    if c < 0x1ECB5 { if c < 0x1E960 { false } else { c < 0x1EC71 } } else { if c < 0x1ED3E { c < 0x1ED01 } else { c < 0x1EE00 } }
                                }
                            } else {
                                if c < 0x1EE27 {
                                    if c < 0x1EE21 { if c < 0x1EE05 { true } else { c >= 0x1EE20 } } else { if c < 0x1EE24 { c >= 0x1EE23 } else { c >= 0x1EE25 } }
                                } else {
                                    if c < 0x1EE33 { if c < 0x1EE28 { false } else { c < 0x1EE29 } } else { if c < 0x1EE38 { c < 0x1EE34 } else { c < 0x1EE39 } }
                                }
                            }
                        } else {
                            if c < 0x1EE53 {
                                if c < 0x1EE49 {
                                    if c < 0x1EE42 { if c < 0x1EE3B { true } else { c >= 0x1EE3C } } else { if c < 0x1EE47 { c >= 0x1EE43 } else { c >= 0x1EE48 } }
                                } else {
                                    if c < 0x1EE4C { if c < 0x1EE4A { false } else { c < 0x1EE4B } } else { if c < 0x1EE50 { c < 0x1EE4D } else { c < 0x1EE51 } }
                                }
                            } else {
                                if c < 0x1EE5B {
                                    if c < 0x1EE57 { if c < 0x1EE54 { true } else { c >= 0x1EE55 } } else { if c < 0x1EE59 { c >= 0x1EE58 } else { c >= 0x1EE5A } }
                                } else {
                                    if c < 0x1EE5F {
                                        if c < 0x1EE5D { c >= 0x1EE5C } else { c >= 0x1EE5E }
                                    } else {
                                        if c < 0x1EE61 { c >= 0x1EE60 } else { c >= 0x1EE63 }
                                    }
                                }
                            }
                        }
                    }
                } else {
                    if c < 0x1F7EC {
                        if c < 0x1F0A0 {
                            if c < 0x1EE8B {
                                if c < 0x1EE78 {
                                    if c < 0x1EE6B { if c < 0x1EE65 { false } else { c < 0x1EE67 } } else { if c < 0x1EE73 { c < 0x1EE6C } else { c < 0x1EE74 } }
                                } else {
                                    if c < 0x1EE7E { if c < 0x1EE79 { true } else { c >= 0x1EE7D } } else { if c < 0x1EE80 { c >= 0x1EE7F } else { c >= 0x1EE8A } }
                                }
                            } else {
                                if c < 0x1EEBC {
                                    if c < 0x1EEA4 { if c < 0x1EE9C { false } else { c < 0x1EEA1 } } else { if c < 0x1EEAA { c < 0x1EEA5 } else { c < 0x1EEAB } }
                                } else {
                                    if c < 0x1F000 { if c < 0x1EEF0 { true } else { c >= 0x1EEF2 } } else { if c < 0x1F030 { c >= 0x1F02C } else { c >= 0x1F094 } }
                                }
                            }
                        } else {
                            if c < 0x1F240 {
                                if c < 0x1F0F6 {
                                    if c < 0x1F0C0 { if c < 0x1F0AF { false } else { c < 0x1F0B1 } } else { if c < 0x1F0D0 { c < 0x1F0C1 } else { c < 0x1F0D1 } }
                                } else {
                                    if c < 0x1F1E6 { if c < 0x1F100 { true } else { c >= 0x1F1AE } } else { if c < 0x1F210 { c >= 0x1F203 } else { c >= 0x1F23C } }
                                }
                            } else {
                                if c < 0x1F6D9 {
                                    if c < 0x1F252 { if c < 0x1F249 { false } else { c < 0x1F250 } } else { if c < 0x1F266 { c < 0x1F260 } else { c < 0x1F300 } }
                                } else {
                                    if c < 0x1F6FD {
                                        if c < 0x1F6ED { c < 0x1F6DC } else { c < 0x1F6F0 }
                                    } else {
                                        if c < 0x1F7DA { c < 0x1F700 } else { c < 0x1F7E0 }
                                    }
                                }
                            }
                        }
                    } else {
                        if c < 0x1FAC7 {
                            if c < 0x1F8BC {
                                if c < 0x1F850 {
                                    if c < 0x1F800 { if c < 0x1F7F0 { true } else { c >= 0x1F7F1 } } else { if c < 0x1F810 { c >= 0x1F80C } else { c >= 0x1F848 } }
                                } else {
                                    if c < 0x1F888 { if c < 0x1F85A { false } else { c < 0x1F860 } } else { if c < 0x1F8AE { c < 0x1F890 } else { c < 0x1F8B0 } }
                                }
                            } else {
                                if c < 0x1FA60 {
                                    if c < 0x1F8D0 { if c < 0x1F8C0 { true } else { c >= 0x1F8C2 } } else { if c < 0x1F900 { c >= 0x1F8D9 } else { c >= 0x1FA58 } }
                                } else {
                                    if c < 0x1FA7D { if c < 0x1FA6E { false } else { c < 0x1FA70 } } else { if c < 0x1FA8B { c < 0x1FA80 } else { c < 0x1FA8E } }
                                }
                            }
                        } else {
                            if c < 0x2A6E0 {
                                if c < 0x1FAEF {
                                    if c < 0x1FACD { if c < 0x1FAC8 { true } else { c >= 0x1FAC9 } } else { if c < 0x1FADF { c >= 0x1FADD } else { c >= 0x1FAEB } }
                                } else {
                                    if c < 0x1FB93 { if c < 0x1FAF9 { false } else { c < 0x1FB00 } } else { if c < 0x1FBFB { c < 0x1FB94 } else { c < 0x20000 } }
                                }
                            } else {
                                if c < 0x2EBF0 {
                                    if c < 0x2B820 { if c < 0x2A700 { true } else { c >= 0x2B81E } } else { if c < 0x2CEB0 { c >= 0x2CEAE } else { c >= 0x2EBE1 } }
                                } else {
                                    if c < 0x30000 {
                                        if c < 0x2F800 { c >= 0x2EE5E } else { c >= 0x2FA1E }
                                    } else {
                                        if c < 0x31350 { c >= 0x3134B } else { c >= 0x3347A }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
// END GENERATED UNICODE
