// Native differential test of compiler/runtime/fmt.rs against rustc's own `format!`.
//
// fmt.rs is `include!`d as plain Rust; the compiler intrinsics it calls are defined here
// natively. For many generated values and format specs we call our entry points with the
// spec encoded as the compiler would, run the same spec through `format!`, and compare bytes.
// Run with scripts/test-fmt-native.sh (rustc --edition 2021 -C overflow-checks=off -O).
// Optional argument: a number scaling the amount of random values (default 2).
#![allow(dead_code, unused_variables, unused_mut, unused_assignments, unused_parens)]
#![allow(non_upper_case_globals, clippy::all)]

use std::cell::RefCell;
use std::fmt::{Binary, Debug, Display, LowerExp, LowerHex, Octal, UpperExp, UpperHex};

include!("../../compiler/runtime/fmt.rs");

// ---------------------------------------------------------------------------------------------
// Intrinsics
// ---------------------------------------------------------------------------------------------

thread_local! {
    static OUT: RefCell<Vec<u8>> = RefCell::new(Vec::new());
    static IN_OURS: std::cell::Cell<bool> = std::cell::Cell::new(false);
}

fn __out_byte(b: u8) {
    OUT.with(|o| o.borrow_mut().push(b));
}
fn __str_len(s: &str) -> usize {
    s.len()
}
fn __str_byte(s: &str, i: usize) -> u8 {
    s.as_bytes()[i]
}
fn __f64_to_bits(x: f64) -> u64 {
    x.to_bits()
}
fn __f32_to_bits(x: f32) -> u32 {
    x.to_bits()
}

fn take_out() -> Vec<u8> {
    OUT.with(|o| std::mem::take(&mut *o.borrow_mut()))
}

// Runs one of our entry points, catching panics (index out of bounds etc.).
fn ours(f: impl FnOnce()) -> String {
    take_out();
    IN_OURS.with(|c| c.set(true));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    IN_OURS.with(|c| c.set(false));
    let bytes = take_out();
    match r {
        Ok(()) => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => format!("<invalid UTF-8: {:?}>", e.into_bytes()),
        },
        Err(_) => "<PANIC>".to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Spec strings: "{v:<fill><align><sign>#0<width>.<prec><type>}" with width/prec either a
// literal number or the runtime arguments `w$` / `p$`.
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
struct Spec {
    kind: u32,
    fill: u32,
    align: u32,
    flags: u32,
    width: Option<Option<u32>>, // None: absent, Some(None): w$, Some(Some(n)): literal
    prec: Option<Option<u32>>,
}

fn parse_spec(lit: &str) -> Spec {
    let inner = if lit == "{v}" { "" } else { lit.strip_prefix("{v:").and_then(|s| s.strip_suffix('}')).expect("spec form") };
    let cs: Vec<char> = inner.chars().collect();
    let mut i = 0;
    let mut sp = Spec { kind: 0, fill: 32, align: 0, flags: 0, width: None, prec: None };
    let align_of = |c: char| match c {
        '<' => 1,
        '>' => 2,
        '^' => 3,
        _ => 0,
    };
    if cs.len() >= 2 && align_of(cs[1]) != 0 {
        sp.fill = cs[0] as u32;
        sp.align = align_of(cs[1]);
        i = 2;
    } else if !cs.is_empty() && align_of(cs[0]) != 0 {
        sp.align = align_of(cs[0]);
        i = 1;
    }
    if i < cs.len() && cs[i] == '+' {
        sp.flags |= 1;
        i += 1;
    } else if i < cs.len() && cs[i] == '-' {
        sp.flags |= 2;
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        sp.flags |= 4;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        sp.flags |= 8;
        i += 1;
    }
    let num = |i: &mut usize| -> Option<Option<u32>> {
        if *i + 1 < cs.len() && (cs[*i] == 'w' || cs[*i] == 'p') && cs[*i + 1] == '$' {
            *i += 2;
            return Some(None);
        }
        let st = *i;
        while *i < cs.len() && cs[*i].is_ascii_digit() {
            *i += 1;
        }
        if *i > st {
            Some(Some(cs[st..*i].iter().collect::<String>().parse().unwrap()))
        } else {
            None
        }
    };
    sp.width = num(&mut i);
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        sp.prec = num(&mut i);
        assert!(sp.prec.is_some());
    }
    let rest: String = cs[i..].iter().collect();
    sp.kind = match rest.as_str() {
        "" => 0,
        "?" => 1,
        "x" => 2,
        "X" => 3,
        "b" => 4,
        "o" => 5,
        "e" => 6,
        "E" => 7,
        _ => panic!("bad spec {}", lit),
    };
    sp
}

// The (width, prec) arguments as the compiler passes them.
fn wp(sp: &Spec, w: usize, p: usize) -> (u32, u32) {
    let width = match sp.width {
        None => __FMT_NONE,
        Some(None) => w as u32,
        Some(Some(n)) => n,
    };
    let prec = match sp.prec {
        None => __FMT_NONE,
        Some(None) => p as u32,
        Some(Some(n)) => n,
    };
    (width, prec)
}

// Generates `fn $name(idx, v, w, p) -> String` that runs spec literal number idx through
// format!, and the list of literals `$list`. The identifiers v/w/p come from the call site
// so that format!'s implicit captures resolve.
macro_rules! spec_table {
    ($name:ident, $list:ident, [$($gen:tt)*], $ty:ty, $v:ident, $w:ident, $p:ident; $($lit:literal),* $(,)?) => {
        const $list: &[&str] = &[$($lit),*];
        fn $name<$($gen)*>(idx: usize, $v: $ty, $w: usize, $p: usize) -> String {
            let mut i = 0usize;
            $(
                if i == idx {
                    return format!($lit);
                }
                i += 1;
            )*
            unreachable!()
        }
    };
}

pub trait FloatLike: Copy + Display + Debug + LowerExp + UpperExp {}
impl FloatLike for f64 {}
impl FloatLike for f32 {}
pub trait IntLike: Copy + Display + Debug + LowerHex + UpperHex + Binary + Octal + LowerExp + UpperExp {}
impl<T: Copy + Display + Debug + LowerHex + UpperHex + Binary + Octal + LowerExp + UpperExp> IntLike for T {}
pub trait StrLike: Display + Debug {}
impl<T: Display + Debug + ?Sized> StrLike for T {}

spec_table!(run_float, FLOAT_SPECS, [T: FloatLike], T, v, w, p;
    "{v:}", "{v:+}", "{v:-}", "{v:#}", "{v:w$}", "{v:0w$}", "{v:+0w$}", "{v:#0w$}", "{v:<w$}",
    "{v:>w$}", "{v:^w$}", "{v:*<w$}", "{v:*>w$}", "{v:*^w$}", "{v:é^w$}", "{v:0>w$}", "{v:x<w$}",
    "{v:7}", "{v:07}", "{v:+07}", "{v:#07}", "{v:<7}", "{v:>7}", "{v:^7}", "{v:*<7}", "{v:*>7}",
    "{v:*^7}", "{v:é^7}", "{v:0>7}", "{v:x<7}", "{v:30}", "{v:030}", "{v:+030}", "{v:#030}",
    "{v:<30}", "{v:>30}", "{v:^30}", "{v:*<30}", "{v:*>30}", "{v:*^30}", "{v:é^30}", "{v:0>30}",
    "{v:x<30}", "{v:.p$}", "{v:+.p$}", "{v:0w$.p$}", "{v:*^+w$.p$}", "{v:.0}", "{v:+.0}",
    "{v:0w$.0}", "{v:*^+w$.0}", "{v:.3}", "{v:+.3}", "{v:0w$.3}", "{v:*^+w$.3}", "{v:?}", "{v:+?}",
    "{v:-?}", "{v:#?}", "{v:w$?}", "{v:0w$?}", "{v:+0w$?}", "{v:#0w$?}", "{v:<w$?}", "{v:>w$?}",
    "{v:^w$?}", "{v:*<w$?}", "{v:*>w$?}", "{v:*^w$?}", "{v:é^w$?}", "{v:0>w$?}", "{v:x<w$?}",
    "{v:7?}", "{v:07?}", "{v:+07?}", "{v:#07?}", "{v:<7?}", "{v:>7?}", "{v:^7?}", "{v:*<7?}",
    "{v:*>7?}", "{v:*^7?}", "{v:é^7?}", "{v:0>7?}", "{v:x<7?}", "{v:30?}", "{v:030?}", "{v:+030?}",
    "{v:#030?}", "{v:<30?}", "{v:>30?}", "{v:^30?}", "{v:*<30?}", "{v:*>30?}", "{v:*^30?}",
    "{v:é^30?}", "{v:0>30?}", "{v:x<30?}", "{v:.p$?}", "{v:+.p$?}", "{v:0w$.p$?}", "{v:*^+w$.p$?}",
    "{v:.0?}", "{v:+.0?}", "{v:0w$.0?}", "{v:*^+w$.0?}", "{v:.3?}", "{v:+.3?}", "{v:0w$.3?}",
    "{v:*^+w$.3?}", "{v:e}", "{v:+e}", "{v:-e}", "{v:#e}", "{v:w$e}", "{v:0w$e}", "{v:+0w$e}",
    "{v:#0w$e}", "{v:<w$e}", "{v:>w$e}", "{v:^w$e}", "{v:*<w$e}", "{v:*>w$e}", "{v:*^w$e}",
    "{v:é^w$e}", "{v:0>w$e}", "{v:x<w$e}", "{v:7e}", "{v:07e}", "{v:+07e}", "{v:#07e}", "{v:<7e}",
    "{v:>7e}", "{v:^7e}", "{v:*<7e}", "{v:*>7e}", "{v:*^7e}", "{v:é^7e}", "{v:0>7e}", "{v:x<7e}",
    "{v:30e}", "{v:030e}", "{v:+030e}", "{v:#030e}", "{v:<30e}", "{v:>30e}", "{v:^30e}",
    "{v:*<30e}", "{v:*>30e}", "{v:*^30e}", "{v:é^30e}", "{v:0>30e}", "{v:x<30e}", "{v:.p$e}",
    "{v:+.p$e}", "{v:0w$.p$e}", "{v:*^+w$.p$e}", "{v:.0e}", "{v:+.0e}", "{v:0w$.0e}",
    "{v:*^+w$.0e}", "{v:.3e}", "{v:+.3e}", "{v:0w$.3e}", "{v:*^+w$.3e}", "{v:E}", "{v:+E}",
    "{v:-E}", "{v:#E}", "{v:w$E}", "{v:0w$E}", "{v:+0w$E}", "{v:#0w$E}", "{v:<w$E}", "{v:>w$E}",
    "{v:^w$E}", "{v:*<w$E}", "{v:*>w$E}", "{v:*^w$E}", "{v:é^w$E}", "{v:0>w$E}", "{v:x<w$E}",
    "{v:7E}", "{v:07E}", "{v:+07E}", "{v:#07E}", "{v:<7E}", "{v:>7E}", "{v:^7E}", "{v:*<7E}",
    "{v:*>7E}", "{v:*^7E}", "{v:é^7E}", "{v:0>7E}", "{v:x<7E}", "{v:30E}", "{v:030E}", "{v:+030E}",
    "{v:#030E}", "{v:<30E}", "{v:>30E}", "{v:^30E}", "{v:*<30E}", "{v:*>30E}", "{v:*^30E}",
    "{v:é^30E}", "{v:0>30E}", "{v:x<30E}", "{v:.p$E}", "{v:+.p$E}", "{v:0w$.p$E}", "{v:*^+w$.p$E}",
    "{v:.0E}", "{v:+.0E}", "{v:0w$.0E}", "{v:*^+w$.0E}", "{v:.3E}", "{v:+.3E}", "{v:0w$.3E}",
    "{v:*^+w$.3E}", "{v:*>#e}", "{v:x<.3E}", "{v:<0?}", "{v:x<#w$?}", "{v:*<+7.p$}", "{v:x<-0}",
    "{v:x<#07.3E}", "{v:*>+w$e}", "{v:0>+#07}", "{v:0>+0w$.3E}", "{v:-07.0E}", "{v:x<+7.3}",
    "{v:-#07.3e}", "{v:+#.3}", "{v:^+30.3E}", "{v:<#07.p$E}", "{v:0>+#030.p$?}", "{v:x<#0.p$E}",
    "{v:0>+#.3E}", "{v:*^+#30.3}", "{v:^0w$e}", "{v:x<30.p$e}", "{v:*>-#0E}", "{v:é^+#0.p$}",
    "{v:*>-#0w$?}", "{v:0>+7e}", "{v:0>+0w$.0?}", "{v:x<0w$.p$E}", "{v:*>-7.3e}", "{v:^-#07.0}",
    "{v:^0w$.0?}", "{v:é^-07}", "{v:*^-0w$.3e}", "{v:<-#030?}", "{v:>30.p$E}", "{v:*>?}",
    "{v:*^7.p$e}", "{v:0>#030.p$}", "{v:*>+#w$E}", "{v:>-w$.p$E}", "{v:x<-7.3}", "{v:0>+30.0?}",
    "{v:*<+#7.p$E}", "{v:>+030.0}", "{v:^+7?}", "{v:*>#30.p$}", "{v:*>+07e}", "{v:+#0.3e}",
    "{v:0>-#.p$}", "{v:<+#w$.0?}", "{v:*^-#0w$.3e}", "{v:<+30e}", "{v:-0.p$}", "{v:*<#7.3e}",
    "{v:x<.p$e}", "{v:07.p$e}", "{v:é^-07e}", "{v:30.p$E}", "{v:<-#030.0?}", "{v:^+30.0}",
    "{v:>030.p$}", "{v:<-#0w$.0}", "{v:é^030e}", "{v:*>+#.0?}", "{v:*>030E}", "{v:*<-e}",
    "{v:<#30e}", "{v:*<-w$.3e}", "{v:é^#.3?}", "{v:0>-}", "{v:>-#30.3}", "{v:-07E}", "{v:<-30.0}",
    "{v:*<30.3E}", "{v:<+#w$?}", "{v:*>+#.3}", "{v:é^+30.0e}", "{v:é^+#w$.0}", "{v:é^#0.3e}",
    "{v:*^.p$e}",
);

spec_table!(run_int, INT_SPECS, [T: IntLike], T, v, w, p;
    "{v:}", "{v:+}", "{v:-}", "{v:#}", "{v:w$}", "{v:0w$}", "{v:+0w$}", "{v:#0w$}", "{v:<w$}",
    "{v:>w$}", "{v:^w$}", "{v:*<w$}", "{v:*>w$}", "{v:*^w$}", "{v:é^w$}", "{v:0>w$}", "{v:x<w$}",
    "{v:7}", "{v:07}", "{v:+07}", "{v:#07}", "{v:<7}", "{v:>7}", "{v:^7}", "{v:*<7}", "{v:*>7}",
    "{v:*^7}", "{v:é^7}", "{v:0>7}", "{v:x<7}", "{v:30}", "{v:030}", "{v:+030}", "{v:#030}",
    "{v:<30}", "{v:>30}", "{v:^30}", "{v:*<30}", "{v:*>30}", "{v:*^30}", "{v:é^30}", "{v:0>30}",
    "{v:x<30}", "{v:.p$}", "{v:+.p$}", "{v:0w$.p$}", "{v:*^+w$.p$}", "{v:.0}", "{v:+.0}",
    "{v:0w$.0}", "{v:*^+w$.0}", "{v:.3}", "{v:+.3}", "{v:0w$.3}", "{v:*^+w$.3}", "{v:?}", "{v:+?}",
    "{v:-?}", "{v:#?}", "{v:w$?}", "{v:0w$?}", "{v:+0w$?}", "{v:#0w$?}", "{v:<w$?}", "{v:>w$?}",
    "{v:^w$?}", "{v:*<w$?}", "{v:*>w$?}", "{v:*^w$?}", "{v:é^w$?}", "{v:0>w$?}", "{v:x<w$?}",
    "{v:7?}", "{v:07?}", "{v:+07?}", "{v:#07?}", "{v:<7?}", "{v:>7?}", "{v:^7?}", "{v:*<7?}",
    "{v:*>7?}", "{v:*^7?}", "{v:é^7?}", "{v:0>7?}", "{v:x<7?}", "{v:30?}", "{v:030?}", "{v:+030?}",
    "{v:#030?}", "{v:<30?}", "{v:>30?}", "{v:^30?}", "{v:*<30?}", "{v:*>30?}", "{v:*^30?}",
    "{v:é^30?}", "{v:0>30?}", "{v:x<30?}", "{v:.p$?}", "{v:+.p$?}", "{v:0w$.p$?}", "{v:*^+w$.p$?}",
    "{v:.0?}", "{v:+.0?}", "{v:0w$.0?}", "{v:*^+w$.0?}", "{v:.3?}", "{v:+.3?}", "{v:0w$.3?}",
    "{v:*^+w$.3?}", "{v:x}", "{v:+x}", "{v:-x}", "{v:#x}", "{v:w$x}", "{v:0w$x}", "{v:+0w$x}",
    "{v:#0w$x}", "{v:<w$x}", "{v:>w$x}", "{v:^w$x}", "{v:*<w$x}", "{v:*>w$x}", "{v:*^w$x}",
    "{v:é^w$x}", "{v:0>w$x}", "{v:x<w$x}", "{v:7x}", "{v:07x}", "{v:+07x}", "{v:#07x}", "{v:<7x}",
    "{v:>7x}", "{v:^7x}", "{v:*<7x}", "{v:*>7x}", "{v:*^7x}", "{v:é^7x}", "{v:0>7x}", "{v:x<7x}",
    "{v:30x}", "{v:030x}", "{v:+030x}", "{v:#030x}", "{v:<30x}", "{v:>30x}", "{v:^30x}",
    "{v:*<30x}", "{v:*>30x}", "{v:*^30x}", "{v:é^30x}", "{v:0>30x}", "{v:x<30x}", "{v:.p$x}",
    "{v:+.p$x}", "{v:0w$.p$x}", "{v:*^+w$.p$x}", "{v:.0x}", "{v:+.0x}", "{v:0w$.0x}",
    "{v:*^+w$.0x}", "{v:.3x}", "{v:+.3x}", "{v:0w$.3x}", "{v:*^+w$.3x}", "{v:X}", "{v:+X}",
    "{v:-X}", "{v:#X}", "{v:w$X}", "{v:0w$X}", "{v:+0w$X}", "{v:#0w$X}", "{v:<w$X}", "{v:>w$X}",
    "{v:^w$X}", "{v:*<w$X}", "{v:*>w$X}", "{v:*^w$X}", "{v:é^w$X}", "{v:0>w$X}", "{v:x<w$X}",
    "{v:7X}", "{v:07X}", "{v:+07X}", "{v:#07X}", "{v:<7X}", "{v:>7X}", "{v:^7X}", "{v:*<7X}",
    "{v:*>7X}", "{v:*^7X}", "{v:é^7X}", "{v:0>7X}", "{v:x<7X}", "{v:30X}", "{v:030X}", "{v:+030X}",
    "{v:#030X}", "{v:<30X}", "{v:>30X}", "{v:^30X}", "{v:*<30X}", "{v:*>30X}", "{v:*^30X}",
    "{v:é^30X}", "{v:0>30X}", "{v:x<30X}", "{v:.p$X}", "{v:+.p$X}", "{v:0w$.p$X}", "{v:*^+w$.p$X}",
    "{v:.0X}", "{v:+.0X}", "{v:0w$.0X}", "{v:*^+w$.0X}", "{v:.3X}", "{v:+.3X}", "{v:0w$.3X}",
    "{v:*^+w$.3X}", "{v:b}", "{v:+b}", "{v:-b}", "{v:#b}", "{v:w$b}", "{v:0w$b}", "{v:+0w$b}",
    "{v:#0w$b}", "{v:<w$b}", "{v:>w$b}", "{v:^w$b}", "{v:*<w$b}", "{v:*>w$b}", "{v:*^w$b}",
    "{v:é^w$b}", "{v:0>w$b}", "{v:x<w$b}", "{v:7b}", "{v:07b}", "{v:+07b}", "{v:#07b}", "{v:<7b}",
    "{v:>7b}", "{v:^7b}", "{v:*<7b}", "{v:*>7b}", "{v:*^7b}", "{v:é^7b}", "{v:0>7b}", "{v:x<7b}",
    "{v:30b}", "{v:030b}", "{v:+030b}", "{v:#030b}", "{v:<30b}", "{v:>30b}", "{v:^30b}",
    "{v:*<30b}", "{v:*>30b}", "{v:*^30b}", "{v:é^30b}", "{v:0>30b}", "{v:x<30b}", "{v:.p$b}",
    "{v:+.p$b}", "{v:0w$.p$b}", "{v:*^+w$.p$b}", "{v:.0b}", "{v:+.0b}", "{v:0w$.0b}",
    "{v:*^+w$.0b}", "{v:.3b}", "{v:+.3b}", "{v:0w$.3b}", "{v:*^+w$.3b}", "{v:o}", "{v:+o}",
    "{v:-o}", "{v:#o}", "{v:w$o}", "{v:0w$o}", "{v:+0w$o}", "{v:#0w$o}", "{v:<w$o}", "{v:>w$o}",
    "{v:^w$o}", "{v:*<w$o}", "{v:*>w$o}", "{v:*^w$o}", "{v:é^w$o}", "{v:0>w$o}", "{v:x<w$o}",
    "{v:7o}", "{v:07o}", "{v:+07o}", "{v:#07o}", "{v:<7o}", "{v:>7o}", "{v:^7o}", "{v:*<7o}",
    "{v:*>7o}", "{v:*^7o}", "{v:é^7o}", "{v:0>7o}", "{v:x<7o}", "{v:30o}", "{v:030o}", "{v:+030o}",
    "{v:#030o}", "{v:<30o}", "{v:>30o}", "{v:^30o}", "{v:*<30o}", "{v:*>30o}", "{v:*^30o}",
    "{v:é^30o}", "{v:0>30o}", "{v:x<30o}", "{v:.p$o}", "{v:+.p$o}", "{v:0w$.p$o}", "{v:*^+w$.p$o}",
    "{v:.0o}", "{v:+.0o}", "{v:0w$.0o}", "{v:*^+w$.0o}", "{v:.3o}", "{v:+.3o}", "{v:0w$.3o}",
    "{v:*^+w$.3o}", "{v:e}", "{v:+e}", "{v:-e}", "{v:#e}", "{v:w$e}", "{v:0w$e}", "{v:+0w$e}",
    "{v:#0w$e}", "{v:<w$e}", "{v:>w$e}", "{v:^w$e}", "{v:*<w$e}", "{v:*>w$e}", "{v:*^w$e}",
    "{v:é^w$e}", "{v:0>w$e}", "{v:x<w$e}", "{v:7e}", "{v:07e}", "{v:+07e}", "{v:#07e}", "{v:<7e}",
    "{v:>7e}", "{v:^7e}", "{v:*<7e}", "{v:*>7e}", "{v:*^7e}", "{v:é^7e}", "{v:0>7e}", "{v:x<7e}",
    "{v:30e}", "{v:030e}", "{v:+030e}", "{v:#030e}", "{v:<30e}", "{v:>30e}", "{v:^30e}",
    "{v:*<30e}", "{v:*>30e}", "{v:*^30e}", "{v:é^30e}", "{v:0>30e}", "{v:x<30e}", "{v:.p$e}",
    "{v:+.p$e}", "{v:0w$.p$e}", "{v:*^+w$.p$e}", "{v:.0e}", "{v:+.0e}", "{v:0w$.0e}",
    "{v:*^+w$.0e}", "{v:.3e}", "{v:+.3e}", "{v:0w$.3e}", "{v:*^+w$.3e}", "{v:E}", "{v:+E}",
    "{v:-E}", "{v:#E}", "{v:w$E}", "{v:0w$E}", "{v:+0w$E}", "{v:#0w$E}", "{v:<w$E}", "{v:>w$E}",
    "{v:^w$E}", "{v:*<w$E}", "{v:*>w$E}", "{v:*^w$E}", "{v:é^w$E}", "{v:0>w$E}", "{v:x<w$E}",
    "{v:7E}", "{v:07E}", "{v:+07E}", "{v:#07E}", "{v:<7E}", "{v:>7E}", "{v:^7E}", "{v:*<7E}",
    "{v:*>7E}", "{v:*^7E}", "{v:é^7E}", "{v:0>7E}", "{v:x<7E}", "{v:30E}", "{v:030E}", "{v:+030E}",
    "{v:#030E}", "{v:<30E}", "{v:>30E}", "{v:^30E}", "{v:*<30E}", "{v:*>30E}", "{v:*^30E}",
    "{v:é^30E}", "{v:0>30E}", "{v:x<30E}", "{v:.p$E}", "{v:+.p$E}", "{v:0w$.p$E}", "{v:*^+w$.p$E}",
    "{v:.0E}", "{v:+.0E}", "{v:0w$.0E}", "{v:*^+w$.0E}", "{v:.3E}", "{v:+.3E}", "{v:0w$.3E}",
    "{v:*^+w$.3E}",
);

spec_table!(run_str, STR_SPECS, [T: StrLike + ?Sized], &T, v, w, p;
    "{v:}", "{v:+}", "{v:-}", "{v:#}", "{v:w$}", "{v:0w$}", "{v:+0w$}", "{v:#0w$}", "{v:<w$}",
    "{v:>w$}", "{v:^w$}", "{v:*<w$}", "{v:*>w$}", "{v:*^w$}", "{v:é^w$}", "{v:0>w$}", "{v:x<w$}",
    "{v:7}", "{v:07}", "{v:+07}", "{v:#07}", "{v:<7}", "{v:>7}", "{v:^7}", "{v:*<7}", "{v:*>7}",
    "{v:*^7}", "{v:é^7}", "{v:0>7}", "{v:x<7}", "{v:30}", "{v:030}", "{v:+030}", "{v:#030}",
    "{v:<30}", "{v:>30}", "{v:^30}", "{v:*<30}", "{v:*>30}", "{v:*^30}", "{v:é^30}", "{v:0>30}",
    "{v:x<30}", "{v:.p$}", "{v:+.p$}", "{v:0w$.p$}", "{v:*^+w$.p$}", "{v:.0}", "{v:+.0}",
    "{v:0w$.0}", "{v:*^+w$.0}", "{v:.3}", "{v:+.3}", "{v:0w$.3}", "{v:*^+w$.3}", "{v:?}", "{v:+?}",
    "{v:-?}", "{v:#?}", "{v:w$?}", "{v:0w$?}", "{v:+0w$?}", "{v:#0w$?}", "{v:<w$?}", "{v:>w$?}",
    "{v:^w$?}", "{v:*<w$?}", "{v:*>w$?}", "{v:*^w$?}", "{v:é^w$?}", "{v:0>w$?}", "{v:x<w$?}",
    "{v:7?}", "{v:07?}", "{v:+07?}", "{v:#07?}", "{v:<7?}", "{v:>7?}", "{v:^7?}", "{v:*<7?}",
    "{v:*>7?}", "{v:*^7?}", "{v:é^7?}", "{v:0>7?}", "{v:x<7?}", "{v:30?}", "{v:030?}", "{v:+030?}",
    "{v:#030?}", "{v:<30?}", "{v:>30?}", "{v:^30?}", "{v:*<30?}", "{v:*>30?}", "{v:*^30?}",
    "{v:é^30?}", "{v:0>30?}", "{v:x<30?}", "{v:.p$?}", "{v:+.p$?}", "{v:0w$.p$?}", "{v:*^+w$.p$?}",
    "{v:.0?}", "{v:+.0?}", "{v:0w$.0?}", "{v:*^+w$.0?}", "{v:.3?}", "{v:+.3?}", "{v:0w$.3?}",
    "{v:*^+w$.3?}", "{v:*>#7.p$?}", "{v:é^+.3?}", "{v:*^+07.3?}", "{v:<+07.3}", "{v:^-07.0}",
    "{v:*^+030.0}", "{v:*<0w$.p$?}", "{v:*^-#7.3}", "{v:*^-.3?}", "{v:x<#0.p$}",
);

// The fixed specs of the deep float test: index into DEEP_SPECS.
spec_table!(run_deep, DEEP_SPECS, [T: FloatLike], T, v, w, p;
    "{v}", "{v:?}", "{v:e}", "{v:E}", "{v:.p$}", "{v:.p$?}", "{v:.p$e}", "{v:.p$E}",
);

// ---------------------------------------------------------------------------------------------
// Bookkeeping
// ---------------------------------------------------------------------------------------------

struct Stats {
    passed: u64,
    failed: u64,
    shown: u32,
}

impl Stats {
    fn check(&mut self, what: &dyn Fn() -> String, ours: &str, theirs: &str) {
        if ours == theirs {
            self.passed += 1;
        } else {
            self.failed += 1;
            if self.shown < 40 {
                self.shown += 1;
                println!("MISMATCH {}\n   ours:  {:?}\n   rustc: {:?}", what(), ours, theirs);
            }
        }
    }
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn width(&mut self) -> usize {
        match self.below(8) {
            0 => 0,
            1..=4 => self.below(12) as usize,
            5 | 6 => self.below(30) as usize,
            _ => self.below(70) as usize,
        }
    }
    fn prec(&mut self) -> usize {
        match self.below(20) {
            0..=11 => self.below(20) as usize,
            12..=15 => self.below(40) as usize,
            16 | 17 => self.below(400) as usize,
            _ => self.below(1101) as usize,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Floats
// ---------------------------------------------------------------------------------------------

trait TestFloat: FloatLike {
    const NAME: &'static str;
    fn call(self, kind: u32, fill: u32, align: u32, flags: u32, width: u32, prec: u32);
    fn bits(self) -> u64;
}
impl TestFloat for f64 {
    const NAME: &'static str = "f64";
    fn call(self, kind: u32, fill: u32, align: u32, flags: u32, width: u32, prec: u32) {
        __fmt_f64(self, kind, fill, align, flags, width, prec)
    }
    fn bits(self) -> u64 {
        self.to_bits()
    }
}
impl TestFloat for f32 {
    const NAME: &'static str = "f32";
    fn call(self, kind: u32, fill: u32, align: u32, flags: u32, width: u32, prec: u32) {
        __fmt_f32(self, kind, fill, align, flags, width, prec)
    }
    fn bits(self) -> u64 {
        self.to_bits() as u64
    }
}

fn check_float<T: TestFloat>(st: &mut Stats, rng: &mut Rng, v: T, all_specs: bool) {
    // deep: every kind, with and without precision
    for (idx, lit) in DEEP_SPECS.iter().enumerate() {
        let sp = parse_spec(lit);
        let reps = if sp.prec.is_some() { 2 } else { 1 };
        for r in 0..reps {
            let p = if r == 0 { rng.prec() } else { rng.below(18) as usize };
            let (width, prec) = wp(&sp, 0, p);
            let o = ours(|| v.call(sp.kind, sp.fill, sp.align, sp.flags, width, prec));
            let t = run_deep(idx, v, 0, p);
            st.check(&|| format!("{} {:?} (bits {:#x}) spec {} p={}", T::NAME, v, v.bits(), lit, p), &o, &t);
        }
    }
    // spec table: all of it, or a few random entries
    let n = FLOAT_SPECS.len();
    let picks: Vec<usize> = if all_specs { (0..n).collect() } else { (0..3).map(|_| rng.below(n as u64) as usize).collect() };
    for idx in picks {
        let lit = FLOAT_SPECS[idx];
        let sp = parse_spec(lit);
        let w = rng.width();
        let p = if rng.below(2) == 0 { rng.below(12) as usize } else { rng.prec() };
        let (width, prec) = wp(&sp, w, p);
        let o = ours(|| v.call(sp.kind, sp.fill, sp.align, sp.flags, width, prec));
        let t = run_float(idx, v, w, p);
        st.check(&|| format!("{} {:?} (bits {:#x}) spec {} w={} p={}", T::NAME, v, v.bits(), lit, w, p), &o, &t);
    }
}

fn f64_values(rng: &mut Rng, scale: u64) -> Vec<f64> {
    let mut v: Vec<f64> = Vec::new();
    let specials = [
        0.0, -0.0, 1.0, -1.0, 0.5, 0.25, 0.125, 1.5, 2.5, 3.5, 0.1, 0.2, 0.3, 1.005, 2.675, 0.15, 0.35,
        0.05, 0.95, 9.5, 99.5, 0.045, 1e-4, 1e16, 9.999999999999999e15, 1e15, 1e17, 1e21, 1e22, 1e23,
        1e-5, 1e-7, 123456789.0, 1234.5678, 5e-324, 1e-323, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, f64::EPSILON, f64::MAX, f64::MIN,
        f64::MIN_POSITIVE, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, -f64::NAN,
        f64::from_bits(0x7FF0_0000_0000_0001), f64::from_bits(0xFFF8_0000_0000_1234),
        9007199254740992.0, 9007199254740993.0, 4503599627370496.5, 0.30000000000000004,
        std::f64::consts::PI, std::f64::consts::E, 1.0 / 3.0, 2.0 / 3.0, 100.0, 1e300, 1.5e300,
        5e-310, 4.9406564584124654e-324, 0.000123, 0.0001234, 65536.0, 0.7, 0.07, 8.5, 0.0625,
    ];
    v.extend_from_slice(&specials);
    // powers of ten and their neighbours
    for e in -325..=309 {
        let x: f64 = format!("1e{}", e).parse().unwrap();
        for d in [-2i64, -1, 0, 1, 2] {
            let b = x.to_bits() as i64 + d;
            if b >= 0 {
                v.push(f64::from_bits(b as u64));
            }
        }
        let y: f64 = format!("5e{}", e).parse().unwrap();
        v.push(y);
        let y: f64 = format!("9.5e{}", e).parse().unwrap();
        v.push(y);
    }
    // powers of two (the asymmetric-neighbour case) and their neighbours
    for e in -1074i64..=1023 {
        let b: u64 = if e >= -1022 { ((e + 1023) as u64) << 52 } else { 1u64 << (e + 1074) };
        v.push(f64::from_bits(b));
        v.push(f64::from_bits(b + 1));
        v.push(f64::from_bits(b - 1));
    }
    // ties for precision rounding: k/2^j
    for j in 1..=12 {
        for _ in 0..40 {
            let k = rng.below(1 << 20) as f64;
            v.push(k / (1u64 << j) as f64);
        }
    }
    for k in 0..200 {
        v.push(k as f64 + 0.5);
        v.push(-(k as f64) - 0.5);
    }
    // short decimals (shortest output is short)
    for _ in 0..2000 * scale {
        let digits = rng.below(1_000_000_000);
        let e = rng.below(60) as i64 - 30;
        let x: f64 = format!("{}e{}", digits, e).parse().unwrap();
        v.push(if rng.below(2) == 0 { x } else { -x });
    }
    for _ in 0..1000 * scale {
        let digits = rng.below(100_000_000_000_000_000);
        let e = rng.below(640) as i64 - 340;
        let x: f64 = format!("{}e{}", digits, e).parse().unwrap();
        v.push(x);
    }
    // random bit patterns: anywhere, moderate exponents, subnormals
    for _ in 0..6000 * scale {
        v.push(f64::from_bits(rng.next()));
    }
    for _ in 0..6000 * scale {
        let e = 1023 - 40 + rng.below(100);
        let bits = (rng.next() & 0x800F_FFFF_FFFF_FFFF) | (e << 52);
        v.push(f64::from_bits(bits));
    }
    for _ in 0..1500 * scale {
        let bits = ((rng.next() & 0x000F_FFFF_FFFF_FFFF) >> rng.below(52)) | (rng.next() & 0x8000_0000_0000_0000);
        v.push(f64::from_bits(bits));
    }
    v
}

fn f32_values(rng: &mut Rng, scale: u64) -> Vec<f32> {
    let mut v: Vec<f32> = Vec::new();
    let specials = [
        0.0f32, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.5, 2.5, 0.25, 16777216.0, 16777217.0, 3.4028235e38,
        1.1754944e-38, 1e-45, 1.4e-45, 1e-4, 1e16, 9.999999e15, 1e-5, 1.0e10, 123456.79, 3.1415927,
        f32::EPSILON, f32::MAX, f32::MIN, f32::MIN_POSITIVE, f32::INFINITY, f32::NEG_INFINITY,
        f32::NAN, 7.0e-45, 0.0001, 0.00009999999, 33554432.0, 1.5e30,
    ];
    v.extend_from_slice(&specials);
    for e in -46..=39 {
        let x: f32 = format!("1e{}", e).parse().unwrap();
        for d in [-1i64, 0, 1] {
            let b = x.to_bits() as i64 + d;
            if b >= 0 {
                v.push(f32::from_bits(b as u32));
            }
        }
    }
    for e in -149i32..=127 {
        let b: u32 = if e >= -126 { ((e + 127) as u32) << 23 } else { 1u32 << (e + 149) };
        v.push(f32::from_bits(b));
        v.push(f32::from_bits(b + 1));
        v.push(f32::from_bits(b - 1));
    }
    for _ in 0..1000 * scale {
        let digits = rng.below(10_000_000);
        let e = rng.below(50) as i64 - 25;
        let x: f32 = format!("{}e{}", digits, e).parse().unwrap();
        v.push(x);
    }
    for _ in 0..4000 * scale {
        v.push(f32::from_bits(rng.next() as u32));
    }
    for _ in 0..3000 * scale {
        let e = 127 - 20 + rng.below(50) as u32;
        let bits = (rng.next() as u32 & 0x807F_FFFF) | (e << 23);
        v.push(f32::from_bits(bits));
    }
    for _ in 0..500 * scale {
        v.push(f32::from_bits(rng.next() as u32 & 0x807F_FFFF));
    }
    v
}

// ---------------------------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------------------------

trait TestInt: IntLike {
    const NAME: &'static str;
    const BITS: u32;
    fn wide(self) -> i128;
    fn from_bits(b: u64) -> Self;
}
macro_rules! test_int_impl {
    ($($t:ty),*) => {$(
        impl TestInt for $t {
            const NAME: &'static str = stringify!($t);
            const BITS: u32 = <$t>::BITS;
            fn wide(self) -> i128 { self as i128 }
            fn from_bits(b: u64) -> Self { b as $t }
        }
    )*};
}
test_int_impl!(i8, i16, i32, i64, u8, u16, u32, u64, isize, usize);

fn call_int(v: i128, bits: u32, sp: &Spec, width: u32, prec: u32) {
    if (2..=5).contains(&sp.kind) {
        // the compiler passes the two's-complement bits of the value's own width
        let mask: u128 = if bits == 64 { u64::MAX as u128 } else { (1u128 << bits) - 1 };
        __fmt_int(((v as u128) & mask) as u64, false, sp.kind, sp.fill, sp.align, sp.flags, width, prec)
    } else {
        __fmt_int(v.unsigned_abs() as u64, v < 0, sp.kind, sp.fill, sp.align, sp.flags, width, prec)
    }
}

fn check_ints<T: TestInt>(st: &mut Stats, rng: &mut Rng, scale: u64) -> u64 {
    let mut vals: Vec<T> = Vec::new();
    let b = T::BITS;
    let signed = T::from_bits(u64::MAX).wide() < 0;
    let maxu: u64 = if b == 64 { u64::MAX } else { (1u64 << b) - 1 };
    // extremes, around zero, around powers of ten and two, random
    for x in [0u64, 1, 2, 9, 10, 11, 99, 100, 101, 125, 135, 1250, 1350, 9999, 99950] {
        vals.push(T::from_bits(x));
        vals.push(T::from_bits(x.wrapping_neg()));
    }
    vals.push(T::from_bits(maxu));
    vals.push(T::from_bits(maxu >> 1));
    vals.push(T::from_bits((maxu >> 1) + 1));
    vals.push(T::from_bits((maxu >> 1).wrapping_sub(1)));
    let mut p: u64 = 1;
    while p <= maxu / 10 {
        p *= 10;
        for d in [-1i64, 0, 1, (p as i64 / 10).wrapping_mul(5), (p as i64 / 10).wrapping_mul(-5)] {
            let x = (p as i64).wrapping_add(d) as u64;
            vals.push(T::from_bits(x));
            vals.push(T::from_bits(x.wrapping_neg()));
        }
        // ties when rounding with {:.Ne}
        vals.push(T::from_bits((p / 10).wrapping_mul(25)));
        vals.push(T::from_bits((p / 10).wrapping_mul(35)));
        vals.push(T::from_bits((p / 100).wrapping_mul(1245)));
        vals.push(T::from_bits((p / 100).wrapping_mul(1255)));
    }
    for _ in 0..400 * scale {
        vals.push(T::from_bits(rng.next()));
        vals.push(T::from_bits(rng.next() >> rng.below(64)));
    }
    let nvals = vals.len() as u64;
    for (i, &v) in vals.iter().enumerate() {
        let all = i < 60;
        let n = INT_SPECS.len();
        let picks: Vec<usize> = if all { (0..n).collect() } else { (0..12).map(|_| rng.below(n as u64) as usize).collect() };
        for idx in picks {
            let lit = INT_SPECS[idx];
            let sp = parse_spec(lit);
            let w = rng.width();
            let p = if rng.below(3) == 0 { rng.prec() } else { rng.below(22) as usize };
            let (width, prec) = wp(&sp, w, p);
            let o = ours(|| call_int(v.wide(), b, &sp, width, prec));
            let t = run_int(idx, v, w, p);
            st.check(&|| format!("{} {} spec {} w={} p={}", T::NAME, v, lit, w, p), &o, &t);
        }
    }
    let _ = signed;
    nvals
}

// ---------------------------------------------------------------------------------------------
// char, str, bool
// ---------------------------------------------------------------------------------------------

fn check_text(st: &mut Stats, rng: &mut Rng, scale: u64) -> u64 {
    let mut n: u64 = 0;
    // every char: Debug of the char and inside a str, Display
    for cp in 0u32..0x110000 {
        let Some(c) = char::from_u32(cp) else { continue };
        n += 1;
        let o = ours(|| __fmt_char(c, 1, 32, 0, 0, __FMT_NONE, __FMT_NONE));
        st.check(&|| format!("char {:#x} {{:?}}", cp), &o, &format!("{:?}", c));
        let s = format!("a{}'\"", c);
        let o = ours(|| __fmt_str(&s, 1, 32, 0, 0, __FMT_NONE, __FMT_NONE));
        st.check(&|| format!("str {:?} {{:?}}", s), &o, &format!("{:?}", s));
        if cp % 7 == 0 {
            let o = ours(|| __fmt_char(c, 0, 32, 0, 0, __FMT_NONE, __FMT_NONE));
            st.check(&|| format!("char {:#x} {{}}", cp), &o, &format!("{}", c));
        }
    }
    // chars through the spec table
    let chars = ['a', 'Z', ' ', '\'', '"', '\\', '\n', '\0', '\u{7f}', '\u{85}', 'é', '中', '😀', '\u{301}', '\u{ad}', '\u{10ffff}'];
    for &c in chars.iter() {
        for (idx, lit) in STR_SPECS.iter().enumerate() {
            let sp = parse_spec(lit);
            let w = rng.width();
            let p = rng.below(4) as usize;
            let (width, prec) = wp(&sp, w, p);
            let o = ours(|| __fmt_char(c, sp.kind, sp.fill, sp.align, sp.flags, width, prec));
            // run_str takes &T: format the char through a reference (same output)
            let t = run_str(idx, &c, w, p);
            st.check(&|| format!("char {:?} spec {} w={} p={}", c, lit, w, p), &o, &t);
        }
    }
    // bools
    for &bv in [true, false].iter() {
        for (idx, lit) in STR_SPECS.iter().enumerate() {
            let sp = parse_spec(lit);
            for _ in 0..4 {
                let w = rng.width();
                let p = rng.below(7) as usize;
                let (width, prec) = wp(&sp, w, p);
                let o = ours(|| __fmt_bool(bv, sp.kind, sp.fill, sp.align, sp.flags, width, prec));
                let t = run_str(idx, &bv, w, p);
                st.check(&|| format!("bool {} spec {} w={} p={}", bv, lit, w, p), &o, &t);
            }
        }
        n += 1;
    }
    // strings
    let alphabet = [
        "a", "b", "Z", "0", " ", "\"", "'", "\\", "\n", "\r", "\t", "\0", "\x1b", "\x7f", "é", "ß", "中",
        "😀", "\u{301}", "\u{200b}", "\u{ad}", "\u{85}", "\u{feff}", "\u{e0001}", "\u{10ffff}", "{}", "ab",
    ];
    let mut strs: Vec<String> = vec![String::new(), "hello".into(), "héllo wörld".into()];
    for _ in 0..1500 * scale {
        let len = rng.below(10);
        let mut s = String::new();
        for _ in 0..len {
            s.push_str(alphabet[rng.below(alphabet.len() as u64) as usize]);
        }
        strs.push(s);
    }
    for (i, s) in strs.iter().enumerate() {
        n += 1;
        let all = i < 40;
        let cnt = STR_SPECS.len();
        let picks: Vec<usize> = if all { (0..cnt).collect() } else { (0..6).map(|_| rng.below(cnt as u64) as usize).collect() };
        for idx in picks {
            let lit = STR_SPECS[idx];
            let sp = parse_spec(lit);
            let w = rng.width();
            let p = rng.below(12) as usize;
            let (width, prec) = wp(&sp, w, p);
            let o = ours(|| __fmt_str(s, sp.kind, sp.fill, sp.align, sp.flags, width, prec));
            let t = run_str(idx, s.as_str(), w, p);
            st.check(&|| format!("str {:?} spec {} w={} p={}", s, lit, w, p), &o, &t);
        }
    }
    n
}

fn main() {
    let scale: u64 = std::env::args().nth(1).map(|s| s.parse().expect("scale")).unwrap_or(2);
    // panics inside our code are reported as mismatches; others print as usual
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !IN_OURS.with(|c| c.get()) {
            default_hook(info);
        }
    }));
    let mut st = Stats { passed: 0, failed: 0, shown: 0 };
    let mut rng = Rng(0x5EED_F0F0_1234_5678);

    // the Debug exponent thresholds used by fmt.rs are the bit patterns of these constants
    assert_eq!(1e-4f64.to_bits(), 0x3F1A_36E2_EB1C_432D);
    assert_eq!(1e16f64.to_bits(), 0x4341_C379_37E0_8000);
    assert_eq!(1e-4f32.to_bits(), 0x38D1_B717);
    assert_eq!(1e16f32.to_bits(), 0x5A0E_1BCA);

    let fv = f64_values(&mut rng, scale);
    for (i, &x) in fv.iter().enumerate() {
        check_float(&mut st, &mut rng, x, i < 80);
    }
    // exact ties: k/2^j and k + 0.5 at every precision around the tie position
    let mut ties: Vec<f64> = Vec::new();
    for j in 0..=14u32 {
        for k in [1u64, 3, 5, 7, 9, 11, 13, 15, 21, 25, 35, 125, 999, 1001, 12345, 99999, 987654321] {
            ties.push(k as f64 / (1u64 << j) as f64);
            ties.push(k as f64 / (1u64 << j) as f64 * 1e10);
        }
    }
    for &x in ties.iter() {
        for p in 0..=20usize {
            for idx in 4..8 {
                let sp = parse_spec(DEEP_SPECS[idx]);
                let o = ours(|| __fmt_f64(x, sp.kind, sp.fill, sp.align, sp.flags, __FMT_NONE, p as u32));
                let t = run_deep(idx, x, 0, p);
                st.check(&|| format!("f64 tie {:?} spec {} p={}", x, DEEP_SPECS[idx], p), &o, &t);
                let y = x as f32;
                let o = ours(|| __fmt_f32(y, sp.kind, sp.fill, sp.align, sp.flags, __FMT_NONE, p as u32));
                let t = run_deep(idx, y, 0, p);
                st.check(&|| format!("f32 tie {:?} spec {} p={}", y, DEEP_SPECS[idx], p), &o, &t);
            }
        }
    }
    // very large precisions (rustc limits precision to u16; beyond 0x7FFF it clamps the limit)
    for &x in [0.0, -0.0, 1.0, 0.1, -2.5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e-300, 123.456].iter() {
        for p in [1074usize, 1075, 1100, 2000, 32767, 32768, 40000, 65000] {
            for idx in 4..8 {
                let sp = parse_spec(DEEP_SPECS[idx]);
                let o = ours(|| __fmt_f64(x, sp.kind, sp.fill, sp.align, sp.flags, __FMT_NONE, p as u32));
                let t = run_deep(idx, x, 0, p);
                st.check(&|| format!("f64 {:?} spec {} p={}", x, DEEP_SPECS[idx], p), &o, &t);
                let y = x as f32;
                let o = ours(|| __fmt_f32(y, sp.kind, sp.fill, sp.align, sp.flags, __FMT_NONE, p as u32));
                let t = run_deep(idx, y, 0, p);
                st.check(&|| format!("f32 {:?} spec {} p={}", y, DEEP_SPECS[idx], p), &o, &t);
            }
        }
    }
    let gv = f32_values(&mut rng, scale);
    for (i, &x) in gv.iter().enumerate() {
        check_float(&mut st, &mut rng, x, i < 40);
    }
    let after_floats = st.passed + st.failed;
    let mut ni = 0;
    ni += check_ints::<i8>(&mut st, &mut rng, scale);
    ni += check_ints::<i16>(&mut st, &mut rng, scale);
    ni += check_ints::<i32>(&mut st, &mut rng, scale);
    ni += check_ints::<i64>(&mut st, &mut rng, scale);
    ni += check_ints::<u8>(&mut st, &mut rng, scale);
    ni += check_ints::<u16>(&mut st, &mut rng, scale);
    ni += check_ints::<u32>(&mut st, &mut rng, scale);
    ni += check_ints::<u64>(&mut st, &mut rng, scale);
    let after_ints = st.passed + st.failed;
    let nt = check_text(&mut st, &mut rng, scale);
    let total = st.passed + st.failed;
    println!(
        "values: {} f64 + {} ties, {} f32 ({} float checks), {} integers ({} checks), {} chars/bools/strings ({} checks)",
        fv.len(),
        ties.len(),
        gv.len(),
        after_floats,
        ni,
        after_ints - after_floats,
        nt,
        total - after_ints
    );
    println!("fmt: {} passed, {} failed", st.passed, st.failed);
    if st.failed != 0 {
        std::process::exit(1);
    }
}
