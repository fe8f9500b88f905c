// Methods of `char` and `str`, written in WasmRust. Character classes are exact for ASCII and
// whitespace; `is_alphabetic`/`is_uppercase`/... cover Latin, Greek, Cyrillic, CJK and Hangul letters by
// ranges (not the full Unicode tables yet); case mapping is ASCII-only.

impl char {
    pub fn is_ascii(&self) -> bool {
        (*self as u32) < 0x80
    }
    pub fn is_ascii_alphabetic(&self) -> bool {
        let c: u32 = *self as u32;
        (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
    }
    pub fn is_ascii_uppercase(&self) -> bool {
        let c: u32 = *self as u32;
        c >= 65 && c <= 90
    }
    pub fn is_ascii_lowercase(&self) -> bool {
        let c: u32 = *self as u32;
        c >= 97 && c <= 122
    }
    pub fn is_ascii_digit(&self) -> bool {
        let c: u32 = *self as u32;
        c >= 48 && c <= 57
    }
    pub fn is_ascii_hexdigit(&self) -> bool {
        let c: u32 = *self as u32;
        (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
    }
    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }
    pub fn is_ascii_punctuation(&self) -> bool {
        let c: u32 = *self as u32;
        (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
    }
    pub fn is_ascii_whitespace(&self) -> bool {
        let c: u32 = *self as u32;
        c == 32 || c == 9 || c == 10 || c == 12 || c == 13
    }
    pub fn is_whitespace(self) -> bool {
        let c: u32 = self as u32;
        (c >= 9 && c <= 13) || c == 32 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
            c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000
    }
    pub fn is_control(self) -> bool {
        let c: u32 = self as u32;
        c < 32 || (c >= 0x7F && c <= 0x9F)
    }
    pub fn is_uppercase(self) -> bool {
        let c: u32 = self as u32;
        (c >= 65 && c <= 90) || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F) ||
            (c >= 0x100 && c <= 0x17F && c % 2 == 0)
    }
    pub fn is_lowercase(self) -> bool {
        let c: u32 = self as u32;
        (c >= 97 && c <= 122) || (c >= 0xDF && c <= 0xFF && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x44F) ||
            (c >= 0x100 && c <= 0x17F && c % 2 == 1)
    }
    pub fn is_alphabetic(self) -> bool {
        let c: u32 = self as u32;
        (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 0xAA || c == 0xB5 || c == 0xBA ||
            (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c <= 0x3FF) || (c >= 0x400 && c <= 0x4FF) ||
            (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3)
    }
    pub fn is_numeric(self) -> bool {
        let c: u32 = self as u32;
        (c >= 48 && c <= 57) || c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0xBC && c <= 0xBE) || (c >= 0x660 && c <= 0x669)
    }
    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }
    pub fn is_digit(self, radix: u32) -> bool {
        self.to_digit(radix).is_some()
    }
    #[track_caller]
    pub fn to_digit(self, radix: u32) -> Option<u32> {
        if radix < 2 || radix > 36 {
            __wr_panic_caller("to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive");
        }
        let c: u32 = self as u32;
        let d: u32 = if c >= 48 && c <= 57 {
            c - 48
        } else if c >= 97 && c <= 122 {
            c - 97 + 10
        } else if c >= 65 && c <= 90 {
            c - 65 + 10
        } else {
            99
        };
        if d < radix { Some(d) } else { None }
    }
    pub fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { ((*self as u32) - 32) as u8 as char } else { *self }
    }
    pub fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { ((*self as u32) + 32) as u8 as char } else { *self }
    }
    pub fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }
    pub fn len_utf8(self) -> usize {
        let c: u32 = self as u32;
        if c < 0x80 { 1 } else if c < 0x800 { 2 } else if c < 0x10000 { 3 } else { 4 }
    }
}

impl str {
    pub fn as_ptr(&self) -> usize {
        __str_ptr(self)
    }
    pub fn starts_with<P: __Pattern>(&self, p: P) -> bool {
        p.__match_at(self, 0) != usize::MAX
    }
    pub fn ends_with<P: __Pattern>(&self, p: P) -> bool {
        p.__matches_end(self)
    }
    pub fn find<P: __Pattern>(&self, p: P) -> Option<usize> {
        let m: usize = __str_len(self);
        let mut i: usize = 0;
        while i <= m {
            if (i == m || (__str_byte(self, i) & 0xC0) != 0x80) && p.__match_at(self, i) != usize::MAX {
                return Some(i);
            }
            i += 1;
        }
        None
    }
    pub fn contains<P: __Pattern>(&self, p: P) -> bool {
        self.find(p).is_some()
    }
    // the char starting at byte `i` and its length (UTF-8)
    fn __char_at(&self, i: usize) -> (u32, usize) {
        let b0: u32 = __str_byte(self, i) as u32;
        if b0 < 0x80 {
            (b0, 1)
        } else if b0 < 0xE0 {
            (((b0 & 0x1F) << 6) | (__str_byte(self, i + 1) as u32 & 0x3F), 2)
        } else if b0 < 0xF0 {
            (((b0 & 0x0F) << 12) | ((__str_byte(self, i + 1) as u32 & 0x3F) << 6) | (__str_byte(self, i + 2) as u32 & 0x3F), 3)
        } else {
            (((b0 & 0x07) << 18) | ((__str_byte(self, i + 1) as u32 & 0x3F) << 12) | ((__str_byte(self, i + 2) as u32 & 0x3F) << 6) |
                 (__str_byte(self, i + 3) as u32 & 0x3F), 4)
        }
    }
    pub fn trim_start(&self) -> &str {
        let m: usize = __str_len(self);
        let mut i: usize = 0;
        while i < m {
            let (c, n) = self.__char_at(i);
            if !__wr_is_ws(c) {
                break;
            }
            i += n;
        }
        __str_from_raw(__str_ptr(self) + i, m - i)
    }
    pub fn trim_end(&self) -> &str {
        let mut end: usize = __str_len(self);
        while end > 0 {
            let mut start: usize = end - 1;
            while start > 0 && (__str_byte(self, start) & 0xC0) == 0x80 {
                start -= 1;
            }
            let (c, _n) = self.__char_at(start);
            if !__wr_is_ws(c) {
                break;
            }
            end = start;
        }
        __str_from_raw(__str_ptr(self), end)
    }
    pub fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }
    // Case mapping of Latin-1, Greek and Cyrillic letters (ß uppercases to "SS"); other chars unchanged.
    pub fn to_uppercase(&self) -> String {
        let mut out: String = String::with_capacity(__str_len(self));
        let m: usize = __str_len(self);
        let mut i: usize = 0;
        while i < m {
            let (c, n) = self.__char_at(i);
            if c == 0xDF {
                out.push_str("SS");
            } else {
                out.push(__wr_upper(c));
            }
            i += n;
        }
        out
    }
    pub fn to_lowercase(&self) -> String {
        let mut out: String = String::with_capacity(__str_len(self));
        let m: usize = __str_len(self);
        let mut i: usize = 0;
        while i < m {
            let (c, n) = self.__char_at(i);
            out.push(__wr_lower(c));
            i += n;
        }
        out
    }
    pub fn repeat(&self, n: usize) -> String {
        let mut out: String = String::with_capacity(__str_len(self) * n);
        let mut k: usize = 0;
        while k < n {
            out.push_str(self);
            k += 1;
        }
        out
    }
    // Every match of `from` (a &str, char or closure) replaced; an empty pattern matches between chars.
    pub fn replace<P: __Pattern>(&self, from: P, to: &str) -> String {
        let mut out: String = String::new();
        let m: usize = __str_len(self);
        let mut i: usize = 0;
        let mut last: usize = 0;
        while i <= m {
            let n: usize = from.__match_at(self, i);
            if n != usize::MAX {
                out.push_str(__str_from_raw(__str_ptr(self) + last, i - last));
                out.push_str(to);
                if n == 0 {
                    if i == m {
                        return out;
                    }
                    let (_c, w) = self.__char_at(i);
                    out.push_str(__str_from_raw(__str_ptr(self) + i, w));
                    i += w;
                } else {
                    i += n;
                }
                last = i;
            } else if i == m {
                break;
            } else {
                let (_c, w) = self.__char_at(i);
                i += w;
            }
        }
        out.push_str(__str_from_raw(__str_ptr(self) + last, m - last));
        out
    }
    pub fn to_string(&self) -> String {
        String::from(self)
    }
}

fn __wr_is_ws(c: u32) -> bool {
    (c >= 9 && c <= 13) || c == 32 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
        c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000
}

fn __wr_upper(c: u32) -> char {
    let u: u32 = if (c >= 97 && c <= 122) || (c >= 0xE0 && c <= 0xFE && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) ||
        (c >= 0x430 && c <= 0x44F)
    {
        c - 32
    } else if c == 0x3C2 {
        0x3A3
    } else if c >= 0x450 && c <= 0x45F {
        c - 80
    } else if c == 0xFF {
        0x178
    } else {
        c
    };
    __wr_char_from(u)
}

fn __wr_lower(c: u32) -> char {
    let l: u32 = if (c >= 65 && c <= 90) || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) ||
        (c >= 0x410 && c <= 0x42F)
    {
        c + 32
    } else if c >= 0x400 && c <= 0x40F {
        c + 80
    } else if c == 0x178 {
        0xFF
    } else {
        c
    };
    __wr_char_from(l)
}

// ---- iterators over text ----
// A pattern for split/split_terminator/matches-style searches: a `&str` or a `char`.
pub trait __Pattern {
    // the length of the match at byte `i` of `s`, or usize::MAX if none
    fn __match_at(&self, s: &str, i: usize) -> usize;
    // does `s` end with a match?
    fn __matches_end(&self, s: &str) -> bool;
}

impl __Pattern for &str {
    fn __match_at(&self, s: &str, i: usize) -> usize {
        let n: usize = __str_len(*self);
        if i + n > __str_len(s) {
            return usize::MAX;
        }
        let mut k: usize = 0;
        while k < n {
            if __str_byte(s, i + k) != __str_byte(*self, k) {
                return usize::MAX;
            }
            k += 1;
        }
        n
    }
    fn __matches_end(&self, s: &str) -> bool {
        let n: usize = __str_len(*self);
        n <= __str_len(s) && self.__match_at(s, __str_len(s) - n) != usize::MAX
    }
}

impl __Pattern for char {
    fn __match_at(&self, s: &str, i: usize) -> usize {
        if i >= __str_len(s) {
            return usize::MAX;
        }
        let (c, n) = s.__char_at(i);
        if c == *self as u32 {
            n
        } else {
            usize::MAX
        }
    }
    fn __matches_end(&self, s: &str) -> bool {
        let m: usize = __str_len(s);
        if m == 0 {
            return false;
        }
        let mut start: usize = m - 1;
        while start > 0 && (__str_byte(s, start) & 0xC0) == 0x80 {
            start -= 1;
        }
        self.__match_at(s, start) != usize::MAX
    }
}

impl<T: __JoinPart> Vec<T> {
    // `["a", "b"].join(", ")` for Vec<&str> and Vec<String>
    pub fn join(&self, sep: &str) -> String {
        let mut out: String = String::new();
        let mut i: usize = 0;
        while i < self.len() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(self[i].__as_str());
            i += 1;
        }
        out
    }

    pub fn concat(&self) -> String {
        self.join("")
    }
}

pub trait __JoinPart {
    fn __as_str(&self) -> &str;
}

impl __JoinPart for &str {
    fn __as_str(&self) -> &str {
        *self
    }
}

impl __JoinPart for String {
    fn __as_str(&self) -> &str {
        self.as_str()
    }
}

#[derive(Clone)]
pub struct Chars {
    s: &str,
    front: usize,
    back: usize,
}

impl Iterator for Chars {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let (c, n) = self.s.__char_at(self.front);
        self.front += n;
        Some(__wr_char_from(c))
    }
}

impl DoubleEndedIterator for Chars {
    fn next_back(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let mut start: usize = self.back - 1;
        while start > self.front && (__str_byte(self.s, start) & 0xC0) == 0x80 {
            start -= 1;
        }
        let (c, _n) = self.s.__char_at(start);
        self.back = start;
        Some(__wr_char_from(c))
    }
}

impl Chars {
    pub fn as_str(&self) -> &str {
        __str_from_raw(__str_ptr(self.s) + self.front, self.back - self.front)
    }
}

#[derive(Clone)]
pub struct CharIndices {
    s: &str,
    front: usize,
    back: usize,
}

impl Iterator for CharIndices {
    type Item = (usize, char);
    fn next(&mut self) -> Option<(usize, char)> {
        if self.front >= self.back {
            return None;
        }
        let i: usize = self.front;
        let (c, n) = self.s.__char_at(i);
        self.front += n;
        Some((i, __wr_char_from(c)))
    }
}

impl DoubleEndedIterator for CharIndices {
    fn next_back(&mut self) -> Option<(usize, char)> {
        if self.front >= self.back {
            return None;
        }
        let mut start: usize = self.back - 1;
        while start > self.front && (__str_byte(self.s, start) & 0xC0) == 0x80 {
            start -= 1;
        }
        let (c, _n) = self.s.__char_at(start);
        self.back = start;
        Some((start, __wr_char_from(c)))
    }
}

#[derive(Clone)]
pub struct Bytes {
    s: &str,
    front: usize,
    back: usize,
}

impl Iterator for Bytes {
    type Item = u8;
    fn next(&mut self) -> Option<u8> {
        if self.front >= self.back {
            return None;
        }
        let b: u8 = __str_byte(self.s, self.front);
        self.front += 1;
        Some(b)
    }
}

impl DoubleEndedIterator for Bytes {
    fn next_back(&mut self) -> Option<u8> {
        if self.front >= self.back {
            return None;
        }
        self.back -= 1;
        Some(__str_byte(self.s, self.back))
    }
}

#[derive(Clone)]
pub struct SplitWhitespace {
    s: &str,
    pos: usize,
}

impl Iterator for SplitWhitespace {
    type Item = &str;
    fn next(&mut self) -> Option<&str> {
        let m: usize = __str_len(self.s);
        while self.pos < m {
            let (c, n) = self.s.__char_at(self.pos);
            if !__wr_is_ws(c) {
                break;
            }
            self.pos += n;
        }
        if self.pos >= m {
            return None;
        }
        let start: usize = self.pos;
        while self.pos < m {
            let (c, n) = self.s.__char_at(self.pos);
            if __wr_is_ws(c) {
                break;
            }
            self.pos += n;
        }
        Some(__str_from_raw(__str_ptr(self.s) + start, self.pos - start))
    }
}

#[derive(Clone)]
pub struct Lines {
    s: &str,
    pos: usize,
}

impl Iterator for Lines {
    type Item = &str;
    fn next(&mut self) -> Option<&str> {
        let m: usize = __str_len(self.s);
        if self.pos >= m {
            return None;
        }
        let start: usize = self.pos;
        while self.pos < m && __str_byte(self.s, self.pos) != 10 {
            self.pos += 1;
        }
        let mut end: usize = self.pos;
        if self.pos < m {
            self.pos += 1;  // the '\n'
        }
        if end > start && __str_byte(self.s, end - 1) == 13 {
            end -= 1;
        }
        Some(__str_from_raw(__str_ptr(self.s) + start, end - start))
    }
}

pub struct Split<P> {
    s: &str,
    pat: P,
    pos: usize,
    done: bool,
}

impl<P: __Pattern> Iterator for Split<P> {
    type Item = &str;
    fn next(&mut self) -> Option<&str> {
        if self.done {
            return None;
        }
        let m: usize = __str_len(self.s);
        let start: usize = self.pos;
        let mut i: usize = self.pos;
        while i <= m {
            let n: usize = self.pat.__match_at(self.s, i);
            if n != usize::MAX && !(n == 0 && i == start && i != 0) {
                if n == 0 && i == m && start == m && m != 0 {
                    break;
                }
                self.pos = i + n;
                if n == 0 {
                    // an empty pattern splits between chars
                    if i >= m {
                        self.done = true;
                    } else {
                        let (_c, w) = self.s.__char_at(i);
                        self.pos = i + w;
                        return Some(__str_from_raw(__str_ptr(self.s) + start, i + w - start));
                    }
                }
                return Some(__str_from_raw(__str_ptr(self.s) + start, i - start));
            }
            if i == m {
                break;
            }
            i += 1;
        }
        self.done = true;
        Some(__str_from_raw(__str_ptr(self.s) + start, m - start))
    }
}

impl str {
    pub fn chars(&self) -> Chars {
        Chars { s: self, front: 0, back: __str_len(self) }
    }

    pub fn char_indices(&self) -> CharIndices {
        CharIndices { s: self, front: 0, back: __str_len(self) }
    }

    pub fn bytes(&self) -> Bytes {
        Bytes { s: self, front: 0, back: __str_len(self) }
    }

    pub fn split_whitespace(&self) -> SplitWhitespace {
        SplitWhitespace { s: self, pos: 0 }
    }

    pub fn lines(&self) -> Lines {
        Lines { s: self, pos: 0 }
    }

    pub fn split<P: __Pattern>(&self, pat: P) -> Split<P> {
        Split { s: self, pat: pat, pos: 0, done: false }
    }
}

// `s.split(|c: char| !c.is_alphabetic())`: a closure deciding each char.
impl<F: Fn(char) -> bool> __Pattern for F {
    fn __match_at(&self, s: &str, i: usize) -> usize {
        if i >= __str_len(s) {
            return usize::MAX;
        }
        let (c, n) = s.__char_at(i);
        if (self)(__wr_char_from(c)) {
            n
        } else {
            usize::MAX
        }
    }
    fn __matches_end(&self, s: &str) -> bool {
        let m: usize = __str_len(s);
        if m == 0 {
            return false;
        }
        let mut start: usize = m - 1;
        while start > 0 && (__str_byte(s, start) & 0xC0) == 0x80 {
            start -= 1;
        }
        let (c, _n) = s.__char_at(start);
        (self)(__wr_char_from(c))
    }
}

// Where a string starts / ends once leading / trailing matches of `pat` are removed.
fn __trim_start_idx<P: __Pattern>(s: &str, pat: &P) -> usize {
    let m: usize = __str_len(s);
    let mut i: usize = 0;
    while i < m {
        let n: usize = pat.__match_at(s, i);
        if n == usize::MAX || n == 0 {
            break;
        }
        i += n;
    }
    i
}

fn __trim_end_idx<P: __Pattern>(s: &str, start: usize, pat: &P) -> usize {
    let mut end: usize = __str_len(s);
    while end > start {
        let prefix: &str = __str_from_raw(__str_ptr(s), end);
        if !pat.__matches_end(prefix) {
            break;
        }
        // the match that ends at `end`: the latest start k with a match of length end - k
        let mut k: usize = end - 1;
        let mut found: bool = false;
        loop {
            let n: usize = pat.__match_at(prefix, k);
            if n != usize::MAX && n > 0 && k + n == end {
                found = true;
                break;
            }
            if k == start {
                break;
            }
            k -= 1;
        }
        if !found {
            break;
        }
        end = k;
    }
    end
}

impl str {
    pub fn trim_start_matches<P: __Pattern>(&self, pat: P) -> &str {
        let i: usize = __trim_start_idx(self, &pat);
        __str_from_raw(__str_ptr(self) + i, __str_len(self) - i)
    }

    pub fn trim_end_matches<P: __Pattern>(&self, pat: P) -> &str {
        let end: usize = __trim_end_idx(self, 0, &pat);
        __str_from_raw(__str_ptr(self), end)
    }

    pub fn trim_matches<P: __Pattern>(&self, pat: P) -> &str {
        let i: usize = __trim_start_idx(self, &pat);
        let end: usize = __trim_end_idx(self, i, &pat);
        __str_from_raw(__str_ptr(self) + i, end - i)
    }

    pub fn strip_prefix<P: __Pattern>(&self, pat: P) -> Option<&str> {
        let n: usize = pat.__match_at(self, 0);
        if n == usize::MAX {
            None
        } else {
            Some(__str_from_raw(__str_ptr(self) + n, __str_len(self) - n))
        }
    }

    pub fn strip_suffix(&self, suffix: &str) -> Option<&str> {
        if self.ends_with(suffix) {
            Some(__str_from_raw(__str_ptr(self), __str_len(self) - __str_len(suffix)))
        } else {
            None
        }
    }

    pub fn split_once<P: __Pattern>(&self, pat: P) -> Option<(&str, &str)> {
        let m: usize = __str_len(self);
        let mut i: usize = 0;
        while i <= m {
            let n: usize = pat.__match_at(self, i);
            if n != usize::MAX {
                return Some((__str_from_raw(__str_ptr(self), i), __str_from_raw(__str_ptr(self) + i + n, m - i - n)));
            }
            i += 1;
        }
        None
    }

    pub fn char_count(&self) -> usize {
        self.chars().count()
    }
}

impl str {
    // `&s[a..b]` (the compiler passes usize::MAX for an open end): std's panics for bad bounds.
    #[track_caller]
    pub fn __index_range(&self, start: usize, end: usize) -> &str {
        let n: usize = __str_len(self);
        let e: usize = if end == usize::MAX { n } else { end };
        if start > n || e > n {
            let bad: usize = if start > n { start } else { e };
            let msg: String = format!("byte index {} is out of bounds of `{}`", bad, self);
            __wr_panic_caller(&msg);
        }
        if start > e {
            let msg: String = format!("begin <= end ({} <= {}) when slicing `{}`", start, e, self);
            __wr_panic_caller(&msg);
        }
        let boundary = |i: usize| i == n || (__str_byte(self, i) & 0xC0) != 0x80;
        if !boundary(start) || !boundary(e) {
            let bad: usize = if !boundary(start) { start } else { e };
            let mut cs: usize = bad;
            while cs > 0 && (__str_byte(self, cs) & 0xC0) == 0x80 {
                cs -= 1;
            }
            let (c, w) = self.__char_at(cs);
            let msg: String = format!("byte index {} is not a char boundary; it is inside {:?} (bytes {}..{}) of `{}`", bad, __wr_char_from(c), cs, cs + w, self);
            __wr_panic_caller(&msg);
        }
        __str_from_raw(__str_ptr(self) + start, e - start)
    }
}

impl<T: __JoinPart> __Slice<T> {
    // `["a", "b"].join(", ")` on arrays and slices of &str / String
    pub fn join(&self, sep: &str) -> String {
        let mut out: String = String::new();
        let mut i: usize = 0;
        while i < self.len() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(self.index(i).__as_str());
            i += 1;
        }
        out
    }

    pub fn concat(&self) -> String {
        self.join("")
    }
}

impl str {
    pub fn as_bytes(&self) -> __Slice<u8> {
        __array_as_slice::<u8>(__str_ptr(self), __str_len(self))
    }

    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&str, &str) {
        (self.__index_range(0, mid), self.__index_range(mid, usize::MAX))
    }

    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        let n: usize = __str_len(self);
        if n != __str_len(other) {
            return false;
        }
        let mut i: usize = 0;
        while i < n {
            let mut a: u8 = __str_byte(self, i);
            let mut b: u8 = __str_byte(other, i);
            if a >= 65 && a <= 90 {
                a += 32;
            }
            if b >= 65 && b <= 90 {
                b += 32;
            }
            if a != b {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn is_char_boundary(&self, i: usize) -> bool {
        i == __str_len(self) || (i < __str_len(self) && (__str_byte(self, i) & 0xC0) != 0x80)
    }
}

impl char {
    pub fn from_u32(v: u32) -> Option<char> {
        if v > 0x10FFFF || (v >= 0xD800 && v < 0xE000) {
            None
        } else {
            Some(__wr_char_from(v))
        }
    }

    pub fn from_digit(num: u32, radix: u32) -> Option<char> {
        if num >= radix {
            return None;
        }
        if num < 10 {
            Some(__wr_char_from(48 + num))
        } else {
            Some(__wr_char_from(87 + num))
        }
    }
}

// ASCII classification and case mapping of bytes.
impl u8 {
    pub fn is_ascii(&self) -> bool {
        *self < 128
    }
    pub fn is_ascii_lowercase(&self) -> bool {
        *self >= 97 && *self <= 122
    }
    pub fn is_ascii_uppercase(&self) -> bool {
        *self >= 65 && *self <= 90
    }
    pub fn is_ascii_alphabetic(&self) -> bool {
        self.is_ascii_lowercase() || self.is_ascii_uppercase()
    }
    pub fn is_ascii_digit(&self) -> bool {
        *self >= 48 && *self <= 57
    }
    pub fn is_ascii_alphanumeric(&self) -> bool {
        self.is_ascii_alphabetic() || self.is_ascii_digit()
    }
    pub fn is_ascii_whitespace(&self) -> bool {
        *self == 32 || *self == 9 || *self == 10 || *self == 12 || *self == 13
    }
    pub fn is_ascii_punctuation(&self) -> bool {
        (*self >= 33 && *self <= 47) || (*self >= 58 && *self <= 64) || (*self >= 91 && *self <= 96) || (*self >= 123 && *self <= 126)
    }
    pub fn is_ascii_hexdigit(&self) -> bool {
        self.is_ascii_digit() || (*self >= 65 && *self <= 70) || (*self >= 97 && *self <= 102)
    }
    pub fn to_ascii_uppercase(&self) -> u8 {
        if self.is_ascii_lowercase() { *self - 32 } else { *self }
    }
    pub fn to_ascii_lowercase(&self) -> u8 {
        if self.is_ascii_uppercase() { *self + 32 } else { *self }
    }
    pub fn eq_ignore_ascii_case(&self, other: &u8) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }
}

impl str {
    // The last match of `p` (byte index of its start).
    pub fn rfind<P: __Pattern>(&self, p: P) -> Option<usize> {
        let m: usize = __str_len(self);
        let mut i: usize = m + 1;
        while i > 0 {
            i -= 1;
            if (i == m || (__str_byte(self, i) & 0xC0) != 0x80) && p.__match_at(self, i) != usize::MAX {
                return Some(i);
            }
        }
        None
    }

    // At most `n` pieces: the last one is the rest of the string.
    pub fn splitn<P: __Pattern>(&self, n: usize, pat: P) -> IntoIter<&str> {
        let mut out: Vec<&str> = Vec::new();
        if n == 0 {
            return out.into_iter();
        }
        let m: usize = __str_len(self);
        let mut start: usize = 0;
        let mut i: usize = 0;
        while i <= m && out.len() + 1 < n {
            let k: usize = pat.__match_at(self, i);
            if k != usize::MAX && k > 0 {
                out.push(__str_from_raw(__str_ptr(self) + start, i - start));
                i += k;
                start = i;
            } else {
                if i == m {
                    break;
                }
                i += 1;
            }
        }
        out.push(__str_from_raw(__str_ptr(self) + start, m - start));
        out.into_iter()
    }

    // Pieces from the end (`rsplit`), collected in that order.
    pub fn rsplit<P: __Pattern>(&self, pat: P) -> Rev<IntoIter<&str>> {
        let v: Vec<&str> = self.split(pat).collect();
        v.into_iter().rev()
    }

    pub fn matches<P: __Pattern>(&self, pat: P) -> IntoIter<&str> {
        let mut out: Vec<&str> = Vec::new();
        let m: usize = __str_len(self);
        let mut i: usize = 0;
        while i < m {
            let k: usize = pat.__match_at(self, i);
            if k != usize::MAX && k > 0 {
                out.push(__str_from_raw(__str_ptr(self) + i, k));
                i += k;
            } else {
                i += 1;
            }
        }
        out.into_iter()
    }

    pub fn match_indices<P: __Pattern>(&self, pat: P) -> IntoIter<(usize, &str)> {
        let mut out: Vec<(usize, &str)> = Vec::new();
        let m: usize = __str_len(self);
        let mut i: usize = 0;
        while i < m {
            let k: usize = pat.__match_at(self, i);
            if k != usize::MAX && k > 0 {
                out.push((i, __str_from_raw(__str_ptr(self) + i, k)));
                i += k;
            } else {
                i += 1;
            }
        }
        out.into_iter()
    }
}
