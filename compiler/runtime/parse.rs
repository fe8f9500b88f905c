// `str::parse::<T>()` through `FromStr`, written in WasmRust: integers (every width, std's errors: empty,
// invalid digit, overflow), floats, bool and char. The per-type integer impls are generated into
// iter_num.rs by scripts/gen_iter_num.py. Float parsing is exact for up to 15 significant digits with
// exponents within ±22 (Clinger's fast path); longer inputs are rounded through f64 arithmetic.

pub trait FromStr {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

impl str {
    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        F::from_str(self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    kind: IntErrorKind,
}

impl ParseIntError {
    pub fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

impl __Display for ParseIntError {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        f.write_str(match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FloatErrorKind {
    Empty,
    Invalid,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    kind: FloatErrorKind,
}

impl __Display for ParseFloatError {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        f.write_str(match self.kind {
            FloatErrorKind::Empty => "cannot parse float from empty string",
            FloatErrorKind::Invalid => "invalid float literal",
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError {}

impl __Display for ParseBoolError {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        f.write_str("provided string was not `true` or `false`")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharErrorKind {
    EmptyString,
    TooManyChars,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseCharError {
    kind: CharErrorKind,
}

impl __Display for ParseCharError {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        f.write_str(match self.kind {
            CharErrorKind::EmptyString => "cannot parse char from empty string",
            CharErrorKind::TooManyChars => "too many characters in string",
        })
    }
}

// The sign and magnitude of a decimal integer, checked against the largest positive / negative magnitude.
fn __parse_int_digits(s: &str, signed: bool, max_pos: u64, max_neg: u64) -> Result<(bool, u64), ParseIntError> {
    let n: usize = __str_len(s);
    if n == 0 {
        return Err(ParseIntError { kind: IntErrorKind::Empty });
    }
    let mut i: usize = 0;
    let mut neg: bool = false;
    let b0: u8 = __str_byte(s, 0);
    if b0 == 43 {
        i = 1;
    } else if b0 == 45 && signed {
        neg = true;
        i = 1;
    }
    if i == n {
        return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
    }
    let limit: u64 = if neg { max_neg } else { max_pos };
    let mut v: u64 = 0;
    while i < n {
        let b: u8 = __str_byte(s, i);
        if b < 48 || b > 57 {
            return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
        }
        let d: u64 = (b - 48) as u64;
        if d > limit || v > (limit - d) / 10 {
            return Err(ParseIntError { kind: if neg { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow } });
        }
        v = v * 10 + d;
        i += 1;
    }
    Ok((neg, v))
}

// The same in any radix from 2 to 36 (`i64::from_str_radix`).
fn __parse_int_radix(s: &str, radix: u32, signed: bool, max_pos: u64, max_neg: u64) -> Result<(bool, u64), ParseIntError> {
    let n: usize = __str_len(s);
    if n == 0 {
        return Err(ParseIntError { kind: IntErrorKind::Empty });
    }
    let mut i: usize = 0;
    let mut neg: bool = false;
    let b0: u8 = __str_byte(s, 0);
    if b0 == 43 {
        i = 1;
    } else if b0 == 45 && signed {
        neg = true;
        i = 1;
    }
    if i == n {
        return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
    }
    let limit: u64 = if neg { max_neg } else { max_pos };
    let r: u64 = radix as u64;
    let mut v: u64 = 0;
    while i < n {
        let b: u8 = __str_byte(s, i);
        let d: u64 = if b >= 48 && b <= 57 { (b - 48) as u64 } else if b >= 97 && b <= 122 { (b - 87) as u64 } else if b >= 65 && b <= 90 { (b - 55) as u64 } else { 99 };
        if d >= r {
            return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
        }
        if d > limit || v > (limit - d) / r {
            return Err(ParseIntError { kind: if neg { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow } });
        }
        v = v * r + d;
        i += 1;
    }
    Ok((neg, v))
}

fn __ascii_lower_eq(s: &str, start: usize, word: &str) -> bool {
    let n: usize = __str_len(word);
    if __str_len(s) - start != n {
        return false;
    }
    let mut i: usize = 0;
    while i < n {
        let mut b: u8 = __str_byte(s, start + i);
        if b >= 65 && b <= 90 {
            b += 32;
        }
        if b != __str_byte(word, i) {
            return false;
        }
        i += 1;
    }
    true
}

fn __pow10(e: u32) -> f64 {
    let mut r: f64 = 1.0;
    let mut i: u32 = 0;
    while i < e {
        r = r * 10.0;
        i += 1;
    }
    r
}

fn __parse_f64(s: &str) -> Result<f64, ParseFloatError> {
    let n: usize = __str_len(s);
    if n == 0 {
        return Err(ParseFloatError { kind: FloatErrorKind::Empty });
    }
    let mut i: usize = 0;
    let mut neg: bool = false;
    let b0: u8 = __str_byte(s, 0);
    if b0 == 43 || b0 == 45 {
        neg = b0 == 45;
        i = 1;
    }
    let sign: f64 = if neg { -1.0 } else { 1.0 };
    if __ascii_lower_eq(s, i, "inf") || __ascii_lower_eq(s, i, "infinity") {
        return Ok(sign * (1.0 / 0.0));
    }
    if __ascii_lower_eq(s, i, "nan") {
        return Ok(0.0 / 0.0);
    }
    let mut mant: u64 = 0;
    let mut digits: u32 = 0;     // significant digits kept in mant
    let mut exp10: i32 = 0;      // value = mant * 10^exp10
    let mut seen_digit: bool = false;
    let mut seen_dot: bool = false;
    while i < n {
        let b: u8 = __str_byte(s, i);
        if b >= 48 && b <= 57 {
            seen_digit = true;
            if digits < 19 {
                if mant != 0 || b != 48 {
                    mant = mant * 10 + (b - 48) as u64;
                    digits += 1;
                }
                if seen_dot {
                    exp10 -= 1;
                }
            } else if !seen_dot {
                exp10 += 1;
            }
        } else if b == 46 && !seen_dot {
            seen_dot = true;
        } else {
            break;
        }
        i += 1;
    }
    if !seen_digit {
        return Err(ParseFloatError { kind: FloatErrorKind::Invalid });
    }
    if i < n {
        let e: u8 = __str_byte(s, i);
        if e != 101 && e != 69 {
            return Err(ParseFloatError { kind: FloatErrorKind::Invalid });
        }
        i += 1;
        let mut eneg: bool = false;
        if i < n && (__str_byte(s, i) == 43 || __str_byte(s, i) == 45) {
            eneg = __str_byte(s, i) == 45;
            i += 1;
        }
        if i == n {
            return Err(ParseFloatError { kind: FloatErrorKind::Invalid });
        }
        let mut ev: i32 = 0;
        while i < n {
            let b: u8 = __str_byte(s, i);
            if b < 48 || b > 57 {
                return Err(ParseFloatError { kind: FloatErrorKind::Invalid });
            }
            if ev < 100000 {
                ev = ev * 10 + (b - 48) as i32;
            }
            i += 1;
        }
        exp10 += if eneg { -ev } else { ev };
    }
    if mant == 0 {
        return Ok(sign * 0.0);
    }
    let m: f64 = mant as f64;
    let v: f64 = if exp10 >= 0 {
        if exp10 > 400 {
            1.0 / 0.0
        } else if exp10 <= 22 {
            m * __pow10(exp10 as u32)
        } else {
            m * __pow10(22) * __pow10((exp10 - 22) as u32)
        }
    } else {
        let ne: i32 = -exp10;
        if ne > 400 {
            0.0
        } else if ne <= 22 {
            m / __pow10(ne as u32)
        } else {
            m / __pow10(22) / __pow10((ne - 22) as u32)
        }
    };
    Ok(sign * v)
}

impl FromStr for f64 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f64, ParseFloatError> {
        __parse_f64(s)
    }
}

impl FromStr for f32 {
    type Err = ParseFloatError;
    fn from_str(s: &str) -> Result<f32, ParseFloatError> {
        match __parse_f64(s) {
            Ok(v) => Ok(v as f32),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for bool {
    type Err = ParseBoolError;
    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        if s == "true" {
            Ok(true)
        } else if s == "false" {
            Ok(false)
        } else {
            Err(ParseBoolError {})
        }
    }
}

impl FromStr for char {
    type Err = ParseCharError;
    fn from_str(s: &str) -> Result<char, ParseCharError> {
        let mut it: Chars = s.chars();
        match it.next() {
            None => Err(ParseCharError { kind: CharErrorKind::EmptyString }),
            Some(c) => match it.next() {
                None => Ok(c),
                Some(_) => Err(ParseCharError { kind: CharErrorKind::TooManyChars }),
            },
        }
    }
}

impl FromStr for String {
    type Err = ParseBoolError;
    fn from_str(s: &str) -> Result<String, ParseBoolError> {
        Ok(String::from(s))
    }
}
