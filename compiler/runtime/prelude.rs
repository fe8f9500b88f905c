// The WasmRust prelude, written in WasmRust: `Option` and `Result` with their common methods. Like Rust's
// prelude, `Some`, `None`, `Ok` and `Err` are in scope everywhere. Only what a program uses is emitted.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Option<T> {
    None,
    Some(T),
}

impl<T> Option<T> {
    pub fn is_some(&self) -> bool {
        match self {
            Some(_) => true,
            None => false,
        }
    }

    pub fn is_none(&self) -> bool {
        match self {
            Some(_) => false,
            None => true,
        }
    }

    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Some(v) => v,
            None => __wr_panic_caller("called `Option::unwrap()` on a `None` value"),
        }
    }

    #[track_caller]
    pub fn expect(self, msg: &str) -> T {
        match self {
            Some(v) => v,
            None => __wr_panic_caller(msg),
        }
    }

    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Some(v) => v,
            None => default,
        }
    }

    pub fn as_ref(&self) -> Option<&T> {
        match self {
            Some(v) => Some(v),
            None => None,
        }
    }

    pub fn as_mut(&mut self) -> Option<&mut T> {
        match self {
            Some(v) => Some(v),
            None => None,
        }
    }

    pub fn ok_or<E>(self, err: E) -> Result<T, E> {
        match self {
            Some(v) => Ok(v),
            None => Err(err),
        }
    }

    pub fn or(self, other: Option<T>) -> Option<T> {
        match self {
            Some(v) => Some(v),
            None => other,
        }
    }

    pub fn xor(self, other: Option<T>) -> Option<T> {
        match (self, other) {
            (Some(a), None) => Some(a),
            (None, Some(b)) => Some(b),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Result<T, E> {
    Ok(T),
    Err(E),
}

impl<T, E> Result<T, E> {
    pub fn is_ok(&self) -> bool {
        match self {
            Ok(_) => true,
            Err(_) => false,
        }
    }

    pub fn is_err(&self) -> bool {
        match self {
            Ok(_) => false,
            Err(_) => true,
        }
    }

    pub fn ok(self) -> Option<T> {
        match self {
            Ok(v) => Some(v),
            Err(_) => None,
        }
    }

    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => None,
            Err(e) => Some(e),
        }
    }

    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Ok(v) => v,
            Err(_) => default,
        }
    }

    pub fn as_ref(&self) -> Result<&T, &E> {
        match self {
            Ok(v) => Ok(v),
            Err(e) => Err(e),
        }
    }
}

// std::fmt: `impl fmt::Display for T` / `impl fmt::Debug for T` with `write!(f, ...)`. The formatter writes
// to the output in progress (println!, format!...), so it carries no state yet (width/fill are not passed
// to user implementations). The paths `fmt::Formatter`, `fmt::Result`, `fmt::Error`, `fmt::Display` and
// `fmt::Debug` name these items.
pub struct __FmtError;

pub struct __Formatter;

impl __Formatter {
    pub fn write_str(&mut self, s: &str) -> Result<(), __FmtError> {
        __wr_write_str(s);
        Ok(())
    }
}

pub trait __Display {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError>;
}

pub trait __Debug {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError>;
}

// std::ops: operator overloading (`impl Add for Point { type Output = Point; fn add(...) }`). The
// right-hand side defaults to Self; the result type is the impl's `add` return type.
pub trait __Add<Rhs> {
    fn add(self, rhs: Rhs) -> Self;
}
pub trait __Sub<Rhs> {
    fn sub(self, rhs: Rhs) -> Self;
}
pub trait __Mul<Rhs> {
    fn mul(self, rhs: Rhs) -> Self;
}
pub trait __Div<Rhs> {
    fn div(self, rhs: Rhs) -> Self;
}
pub trait __Rem<Rhs> {
    fn rem(self, rhs: Rhs) -> Self;
}
pub trait __Neg {
    fn neg(self) -> Self;
}
pub trait __Not {
    fn not(self) -> Self;
}
pub trait __AddAssign<Rhs> {
    fn add_assign(&mut self, rhs: Rhs);
}
pub trait __SubAssign<Rhs> {
    fn sub_assign(&mut self, rhs: Rhs);
}
pub trait __MulAssign<Rhs> {
    fn mul_assign(&mut self, rhs: Rhs);
}
pub trait __DivAssign<Rhs> {
    fn div_assign(&mut self, rhs: Rhs);
}
pub trait __RemAssign<Rhs> {
    fn rem_assign(&mut self, rhs: Rhs);
}
