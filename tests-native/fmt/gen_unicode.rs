// Regenerates the `__fmt_uni_esc` function in compiler/runtime/fmt.rs from the running rustc's
// own char Debug output: c needs `\u{..}` iff `format!("{:?}", c)` starts with `'\u{`
// (i.e. c is grapheme-extended or not printable in that rustc's Unicode tables).
//
//   rustc -O tests-native/fmt/gen_unicode.rs -o /tmp/gen_unicode && /tmp/gen_unicode compiler/runtime/fmt.rs
//
// The function is emitted as a balanced binary search over the range boundaries written with
// nested if/else, because the runtime subset has no array literals or static tables.
use std::fmt::Write as _;

fn needs_escape(c: char) -> bool {
    // '\0', '\t', '\r', '\n' are handled before the table lookup, so their answer does not
    // matter: keep 1..0x1F one run and U+0000 "not escaped" (no boundary at 0). '\\', '\''
    // and '"' must answer false: str Debug does not escape '\'' (nor char Debug '"').
    if c == '\0' {
        return false;
    }
    let s = format!("{:?}", c);
    s.starts_with("'\\u{") || (c as u32) < 0x20
}

// Boundaries b[0] < b[1] < ...: c is escaped iff the number of b[i] <= c is odd.
fn boundaries() -> Vec<u32> {
    let mut b = Vec::new();
    let mut prev = false;
    for cp in 0u32..0x110000 {
        // surrogates are never chars: treat them like their predecessor to merge runs
        let cur = match char::from_u32(cp) {
            Some(c) => needs_escape(c),
            None => prev,
        };
        if cur != prev {
            b.push(cp);
            prev = cur;
        }
    }
    b
}

// Expression for "number of boundaries <= c is odd", knowing lo <= that number <= hi.
fn gen(b: &[u32], lo: usize, hi: usize, depth: usize, out: &mut String) {
    if lo == hi {
        out.push_str(if lo % 2 == 1 { "true" } else { "false" });
        return;
    }
    if hi - lo == 1 {
        // c < b[lo] -> count lo, else lo+1
        if lo % 2 == 1 {
            write!(out, "c < 0x{:X}", b[lo]).unwrap();
        } else {
            write!(out, "c >= 0x{:X}", b[lo]).unwrap();
        }
        return;
    }
    let mid = (lo + hi + 1) / 2;
    if hi - lo <= 6 {
        // small subtree: one line
        write!(out, "if c < 0x{:X} {{ ", b[mid - 1]).unwrap();
        gen(b, lo, mid - 1, depth, out);
        out.push_str(" } else { ");
        gen(b, mid, hi, depth, out);
        out.push_str(" }");
        return;
    }
    let ind = "    ".repeat(depth + 1);
    write!(out, "if c < 0x{:X} {{\n{}    ", b[mid - 1], ind).unwrap();
    gen(b, lo, mid - 1, depth + 1, out);
    write!(out, "\n{}}} else {{\n{}    ", ind, ind).unwrap();
    gen(b, mid, hi, depth + 1, out);
    write!(out, "\n{}}}", ind).unwrap();
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: gen_unicode path/to/fmt.rs");
    let b = boundaries();
    let mut body = String::new();
    body.push_str("// BEGIN GENERATED UNICODE\n");
    writeln!(body, "// {} range boundaries", b.len()).unwrap();
    body.push_str("fn __fmt_uni_esc(c: u32) -> bool {\n    ");
    gen(&b, 0, b.len(), 0, &mut body);
    body.push_str("\n}\n// END GENERATED UNICODE");
    let src = std::fs::read_to_string(&path).unwrap();
    let start = src.find("// BEGIN GENERATED UNICODE").expect("begin marker");
    let end = src.find("// END GENERATED UNICODE").expect("end marker") + "// END GENERATED UNICODE".len();
    let new = format!("{}{}{}", &src[..start], body, &src[end..]);
    std::fs::write(&path, new).unwrap();
    eprintln!("wrote {} boundaries into {}", b.len(), path);
}
