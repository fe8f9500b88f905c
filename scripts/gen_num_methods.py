#!/usr/bin/env python3
"""Generates compiler/runtime/num.rs: the methods of the primitive number types, written in WasmRust
(like core's), one `impl` block per type. The subset has no macros, so the text is generated; run this
script after changing it and review the diff. The runtime is compiled without overflow checks, so the
methods detect overflow explicitly and panic at the caller (#[track_caller]) like rustc's debug builds."""
import os

INTS = [("i8", 8, True), ("i16", 16, True), ("i32", 32, True), ("i64", 64, True), ("isize", 32, True),
        ("u8", 8, False), ("u16", 16, False), ("u32", 32, False), ("u64", 64, False), ("usize", 32, False)]
UNSIGNED_OF = {"i8": "u8", "i16": "u16", "i32": "u32", "i64": "u64", "isize": "usize"}


def int_impl(t, bits, signed):
    u = UNSIGNED_OF.get(t, t)
    out = []
    w = out.append
    w("impl %s {" % t)
    w("    pub fn min(self, other: %s) -> %s {\n        if self <= other { self } else { other }\n    }" % (t, t))
    w("    pub fn max(self, other: %s) -> %s {\n        if self >= other { self } else { other }\n    }" % (t, t))
    w("""    #[track_caller]
    pub fn clamp(self, min: %s, max: %s) -> %s {
        if min > max {
            __wr_panic_caller("assertion failed: min <= max");
        }
        if self < min { min } else if self > max { max } else { self }
    }""" % (t, t, t))
    w("    pub fn wrapping_add(self, rhs: %s) -> %s {\n        self + rhs\n    }" % (t, t))
    w("    pub fn wrapping_sub(self, rhs: %s) -> %s {\n        self - rhs\n    }" % (t, t))
    w("    pub fn wrapping_mul(self, rhs: %s) -> %s {\n        self * rhs\n    }" % (t, t))
    w("    pub fn wrapping_neg(self) -> %s {\n        (0 as %s) - self\n    }" % (t, t))
    # overflow predicates
    if signed:
        w("""    fn __add_overflows(self, rhs: %s) -> bool {
        let r: %s = self + rhs;
        (rhs > 0 && r < self) || (rhs < 0 && r > self)
    }
    fn __sub_overflows(self, rhs: %s) -> bool {
        let r: %s = self - rhs;
        (rhs > 0 && r > self) || (rhs < 0 && r < self)
    }
    fn __mul_overflows(self, rhs: %s) -> bool {
        if self == 0 || rhs == 0 {
            return false;
        }
        if (self == -1 && rhs == %s::MIN) || (rhs == -1 && self == %s::MIN) {
            return true;
        }
        let r: %s = self * rhs;
        r / rhs != self
    }""" % (t, t, t, t, t, t, t, t))
    else:
        w("""    fn __add_overflows(self, rhs: %s) -> bool {
        let r: %s = self + rhs;
        r < self
    }
    fn __sub_overflows(self, rhs: %s) -> bool {
        self < rhs
    }
    fn __mul_overflows(self, rhs: %s) -> bool {
        if self == 0 || rhs == 0 {
            return false;
        }
        let r: %s = self * rhs;
        r / rhs != self
    }""" % (t, t, t, t, t))
    for op, sym in [("add", "+"), ("sub", "-"), ("mul", "*")]:
        w("""    pub fn checked_%s(self, rhs: %s) -> Option<%s> {
        if self.__%s_overflows(rhs) { None } else { Some(self %s rhs) }
    }""" % (op, t, t, op, sym))
    if signed:
        w("""    pub fn checked_div(self, rhs: %s) -> Option<%s> {
        if rhs == 0 || (self == %s::MIN && rhs == -1) { None } else { Some(self / rhs) }
    }
    pub fn checked_rem(self, rhs: %s) -> Option<%s> {
        if rhs == 0 || (self == %s::MIN && rhs == -1) { None } else { Some(self %% rhs) }
    }
    pub fn checked_neg(self) -> Option<%s> {
        if self == %s::MIN { None } else { Some(-self) }
    }
    pub fn saturating_add(self, rhs: %s) -> %s {
        if self.__add_overflows(rhs) { if rhs > 0 { %s::MAX } else { %s::MIN } } else { self + rhs }
    }
    pub fn saturating_sub(self, rhs: %s) -> %s {
        if self.__sub_overflows(rhs) { if rhs < 0 { %s::MAX } else { %s::MIN } } else { self - rhs }
    }
    pub fn saturating_mul(self, rhs: %s) -> %s {
        if self.__mul_overflows(rhs) { if (self < 0) == (rhs < 0) { %s::MAX } else { %s::MIN } } else { self * rhs }
    }
    #[track_caller]
    pub fn abs(self) -> %s {
        if self == %s::MIN {
            __wr_panic_caller("attempt to negate with overflow");
        }
        if self < 0 { -self } else { self }
    }
    pub fn wrapping_abs(self) -> %s {
        if self < 0 { (0 as %s) - self } else { self }
    }
    pub fn unsigned_abs(self) -> %s {
        if self < 0 { ((0 as %s) - self) as %s } else { self as %s }
    }
    pub fn abs_diff(self, other: %s) -> %s {
        if self < other { (other as %s) - (self as %s) } else { (self as %s) - (other as %s) }
    }
    pub fn signum(self) -> %s {
        if self < 0 { -1 } else if self > 0 { 1 } else { 0 }
    }
    pub fn is_positive(self) -> bool {
        self > 0
    }
    pub fn is_negative(self) -> bool {
        self < 0
    }
    #[track_caller]
    pub fn rem_euclid(self, rhs: %s) -> %s {
        if rhs == 0 {
            __wr_panic_caller("attempt to calculate the remainder with a divisor of zero");
        }
        if self == %s::MIN && rhs == -1 {
            return 0;
        }
        let r: %s = self %% rhs;
        if r < 0 { if rhs < 0 { r - rhs } else { r + rhs } } else { r }
    }
    #[track_caller]
    pub fn div_euclid(self, rhs: %s) -> %s {
        if rhs == 0 {
            __wr_panic_caller("attempt to divide by zero");
        }
        if self == %s::MIN && rhs == -1 {
            __wr_panic_caller("attempt to divide with overflow");
        }
        let q: %s = self / rhs;
        if self %% rhs < 0 { if rhs > 0 { q - 1 } else { q + 1 } } else { q }
    }""" % (t, t, t, t, t, t, t, t,
            t, t, t, t,
            t, t, t, t,
            t, t, t, t,
            t, t,
            t, t,
            u, t, u, u,
            t, u, u, u, u, u,
            t,
            t, t, t, t,
            t, t, t, t))
    else:
        w("""    pub fn checked_div(self, rhs: %s) -> Option<%s> {
        if rhs == 0 { None } else { Some(self / rhs) }
    }
    pub fn checked_rem(self, rhs: %s) -> Option<%s> {
        if rhs == 0 { None } else { Some(self %% rhs) }
    }
    pub fn checked_neg(self) -> Option<%s> {
        if self == 0 { Some(0) } else { None }
    }
    pub fn saturating_add(self, rhs: %s) -> %s {
        if self.__add_overflows(rhs) { %s::MAX } else { self + rhs }
    }
    pub fn saturating_sub(self, rhs: %s) -> %s {
        if self < rhs { 0 } else { self - rhs }
    }
    pub fn saturating_mul(self, rhs: %s) -> %s {
        if self.__mul_overflows(rhs) { %s::MAX } else { self * rhs }
    }
    pub fn abs_diff(self, other: %s) -> %s {
        if self < other { other - self } else { self - other }
    }
    pub fn is_power_of_two(self) -> bool {
        self != 0 && (self & (self - 1)) == 0
    }
    #[track_caller]
    pub fn rem_euclid(self, rhs: %s) -> %s {
        if rhs == 0 {
            __wr_panic_caller("attempt to calculate the remainder with a divisor of zero");
        }
        self %% rhs
    }
    #[track_caller]
    pub fn div_euclid(self, rhs: %s) -> %s {
        if rhs == 0 {
            __wr_panic_caller("attempt to divide by zero");
        }
        self / rhs
    }""" % (t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t, t))
    # pow with rustc's algorithm (squaring), overflow reported at the caller
    w("""    #[track_caller]
    pub fn pow(self, exp: u32) -> %s {
        let mut e: u32 = exp;
        if e == 0 {
            return 1;
        }
        let mut base: %s = self;
        let mut acc: %s = 1;
        loop {
            if (e & 1) == 1 {
                if acc.__mul_overflows(base) {
                    __wr_panic_caller("attempt to multiply with overflow");
                }
                acc = acc * base;
                if e == 1 {
                    return acc;
                }
            }
            e = e / 2;
            if base.__mul_overflows(base) {
                __wr_panic_caller("attempt to multiply with overflow");
            }
            base = base * base;
        }
    }
    pub fn wrapping_pow(self, exp: u32) -> %s {
        let mut e: u32 = exp;
        let mut base: %s = self;
        let mut acc: %s = 1;
        while e > 0 {
            if (e & 1) == 1 {
                acc = acc * base;
            }
            e = e / 2;
            base = base * base;
        }
        acc
    }
    pub fn checked_pow(self, exp: u32) -> Option<%s> {
        let mut e: u32 = exp;
        let mut base: %s = self;
        let mut acc: %s = 1;
        while e > 0 {
            if (e & 1) == 1 {
                if acc.__mul_overflows(base) {
                    return None;
                }
                acc = acc * base;
            }
            e = e / 2;
            if e > 0 {
                if base.__mul_overflows(base) {
                    return None;
                }
                base = base * base;
            }
        }
        Some(acc)
    }""" % (t, t, t, t, t, t, t, t, t))
    w("""    pub fn count_ones(self) -> u32 {
        let mut v: %s = self as %s;
        let mut n: u32 = 0;
        while v != 0 {
            n += (v & 1) as u32;
            v = v >> 1;
        }
        n
    }
    pub fn count_zeros(self) -> u32 {
        %d - self.count_ones()
    }
    pub fn leading_zeros(self) -> u32 {
        let mut v: %s = self as %s;
        let mut n: u32 = 0;
        while n < %d && (v >> %d) == 0 {
            n += 1;
            v = v << 1;
        }
        n
    }
    pub fn trailing_zeros(self) -> u32 {
        let mut v: %s = self as %s;
        let mut n: u32 = 0;
        while n < %d && (v & 1) == 0 {
            n += 1;
            v = v >> 1;
        }
        n
    }""" % (u, u, bits, u, u, bits, bits - 1, u, u, bits))
    w("""    pub fn rotate_left(self, n: u32) -> %(t)s {
        let k: u32 = n %% %(bits)d;
        if k == 0 {
            return self;
        }
        let v: %(u)s = self as %(u)s;
        ((v << k) | (v >> (%(bits)d - k))) as %(t)s
    }
    pub fn rotate_right(self, n: u32) -> %(t)s {
        let k: u32 = n %% %(bits)d;
        if k == 0 {
            return self;
        }
        let v: %(u)s = self as %(u)s;
        ((v >> k) | (v << (%(bits)d - k))) as %(t)s
    }
    pub fn reverse_bits(self) -> %(t)s {
        let mut v: %(u)s = self as %(u)s;
        let mut r: %(u)s = 0;
        let mut i: u32 = 0;
        while i < %(bits)d {
            r = (r << 1) | (v & 1);
            v = v >> 1;
            i += 1;
        }
        r as %(t)s
    }
    pub fn swap_bytes(self) -> %(t)s {
        let mut v: %(u)s = self as %(u)s;
        let mut r: %(u)s = 0;
        let mut i: u32 = 0;
        while i < %(bytes)d {
            r = (r << 8) | (v & 0xff);
            v = v >> 8;
            i += 1;
        }
        r as %(t)s
    }
    pub fn to_be(self) -> %(t)s {
        self.swap_bytes()
    }""" % {"t": t, "u": u, "bits": bits, "bytes": bits // 8})
    w("}")
    return "\n".join(out)


def float_impl(t):
    f = "f32" if t == "f32" else "f64"
    pre = "__f32_" if t == "f32" else "__f64_"
    deg = "57.2957795130823208767981548141051703_f64" if t == "f64" else "57.2957795130823208767981548141051703_f32"
    return """impl %(t)s {
    pub fn sqrt(self) -> %(t)s {
        %(pre)ssqrt(self)
    }
    pub fn abs(self) -> %(t)s {
        %(pre)sabs(self)
    }
    pub fn floor(self) -> %(t)s {
        %(pre)sfloor(self)
    }
    pub fn ceil(self) -> %(t)s {
        %(pre)sceil(self)
    }
    pub fn trunc(self) -> %(t)s {
        %(pre)strunc(self)
    }
    pub fn fract(self) -> %(t)s {
        self - %(pre)strunc(self)
    }
    // half away from zero
    pub fn round(self) -> %(t)s {
        let t: %(t)s = %(pre)strunc(self);
        if %(pre)sabs(self - t) >= 0.5 { t + %(pre)scopysign(1.0, self) } else { t }
    }
    pub fn copysign(self, sign: %(t)s) -> %(t)s {
        %(pre)scopysign(self, sign)
    }
    pub fn signum(self) -> %(t)s {
        if self != self { self } else { %(pre)scopysign(1.0, self) }
    }
    pub fn is_nan(self) -> bool {
        self != self
    }
    pub fn is_infinite(self) -> bool {
        self == %(t)s::INFINITY || self == %(t)s::NEG_INFINITY
    }
    pub fn is_finite(self) -> bool {
        %(pre)sabs(self) < %(t)s::INFINITY
    }
    pub fn is_sign_negative(self) -> bool {
        %(pre)scopysign(1.0, self) < 0.0
    }
    pub fn is_sign_positive(self) -> bool {
        %(pre)scopysign(1.0, self) > 0.0
    }
    pub fn min(self, other: %(t)s) -> %(t)s {
        if self != self { other } else if other != other { self } else if other < self { other } else { self }
    }
    pub fn max(self, other: %(t)s) -> %(t)s {
        if self != self { other } else if other != other { self } else if other > self { other } else { self }
    }
    #[track_caller]
    pub fn clamp(self, min: %(t)s, max: %(t)s) -> %(t)s {
        if !(min <= max) {
            __wr_panic_caller("min > max, or either was NaN");
        }
        let mut x: %(t)s = self;
        if x < min {
            x = min;
        }
        if x > max {
            x = max;
        }
        x
    }
    pub fn recip(self) -> %(t)s {
        1.0 / self
    }
    pub fn to_degrees(self) -> %(t)s {
        self * %(deg)s
    }
    pub fn to_radians(self) -> %(t)s {
        self * (%(t)s::consts::PI / 180.0)
    }
    // compiler-rt's __powi algorithm (what rustc's debug builds call)
    pub fn powi(self, n: i32) -> %(t)s {
        let recip: bool = n < 0;
        let mut b: i32 = n;
        let mut a: %(t)s = self;
        let mut r: %(t)s = 1.0;
        loop {
            if (b & 1) != 0 {
                r = r * a;
            }
            b = b / 2;
            if b == 0 {
                break;
            }
            a = a * a;
        }
        if recip { 1.0 / r } else { r }
    }
}""" % {"t": t, "pre": pre, "deg": deg}


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parts = ["// Generated by scripts/gen_num_methods.py: methods of the primitive number types, in WasmRust.",
             "// Do not edit; change the generator and run it again.", ""]
    for t, bits, signed in INTS:
        parts.append(int_impl(t, bits, signed))
        parts.append("")
    parts.append(float_impl("f64"))
    parts.append("")
    parts.append(float_impl("f32"))
    with open(os.path.join(root, "compiler", "runtime", "num.rs"), "w") as f:
        f.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
