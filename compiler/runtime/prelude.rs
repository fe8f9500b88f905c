// The WasmRust prelude, written in WasmRust: `Option` and `Result` with their common methods. Like Rust's
// prelude, `Some`, `None`, `Ok` and `Err` are in scope everywhere. Only what a program uses is emitted.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Option<U> {
        match self {
            Some(v) => Some(f(v)),
            None => None,
        }
    }

    pub fn and_then<U, F: FnOnce(T) -> Option<U>>(self, f: F) -> Option<U> {
        match self {
            Some(v) => f(v),
            None => None,
        }
    }

    pub fn and<U>(self, other: Option<U>) -> Option<U> {
        match self {
            Some(_) => other,
            None => None,
        }
    }

    pub fn unwrap_or_else<F: FnOnce() -> T>(self, f: F) -> T {
        match self {
            Some(v) => v,
            None => f(),
        }
    }

    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Some(v) => f(v),
            None => default,
        }
    }

    pub fn map_or_else<U, D: FnOnce() -> U, F: FnOnce(T) -> U>(self, default: D, f: F) -> U {
        match self {
            Some(v) => f(v),
            None => default(),
        }
    }

    pub fn ok_or_else<E, F: FnOnce() -> E>(self, err: F) -> Result<T, E> {
        match self {
            Some(v) => Ok(v),
            None => Err(err()),
        }
    }

    pub fn or_else<F: FnOnce() -> Option<T>>(self, f: F) -> Option<T> {
        match self {
            Some(v) => Some(v),
            None => f(),
        }
    }

    pub fn filter<P: FnOnce(&T) -> bool>(self, predicate: P) -> Option<T> {
        match self {
            Some(v) => {
                if predicate(&v) {
                    Some(v)
                } else {
                    None
                }
            }
            None => None,
        }
    }

    pub fn is_some_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(v) => f(v),
            None => false,
        }
    }

    pub fn is_none_or<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Some(v) => f(v),
            None => true,
        }
    }

    pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)> {
        match (self, other) {
            (Some(a), Some(b)) => Some((a, b)),
            _ => None,
        }
    }

    pub fn take(&mut self) -> Option<T> {
        __std_mem_replace(self, None)
    }

    pub fn replace(&mut self, value: T) -> Option<T> {
        __std_mem_replace(self, Some(value))
    }

    pub fn insert(&mut self, value: T) -> &mut T {
        *self = Some(value);
        match self {
            Some(v) => v,
            None => __wr_unreachable(),
        }
    }

    pub fn get_or_insert_with<F: FnOnce() -> T>(&mut self, f: F) -> &mut T {
        if self.is_none() {
            *self = Some(f());
        }
        match self {
            Some(v) => v,
            None => __wr_unreachable(),
        }
    }

    pub fn get_or_insert(&mut self, value: T) -> &mut T {
        if self.is_none() {
            *self = Some(value);
        }
        match self {
            Some(v) => v,
            None => __wr_unreachable(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

    pub fn map<U, F: FnOnce(T) -> U>(self, op: F) -> Result<U, E> {
        match self {
            Ok(t) => Ok(op(t)),
            Err(e) => Err(e),
        }
    }

    pub fn map_err<F2, O: FnOnce(E) -> F2>(self, op: O) -> Result<T, F2> {
        match self {
            Ok(t) => Ok(t),
            Err(e) => Err(op(e)),
        }
    }

    pub fn and_then<U, F: FnOnce(T) -> Result<U, E>>(self, op: F) -> Result<U, E> {
        match self {
            Ok(t) => op(t),
            Err(e) => Err(e),
        }
    }

    pub fn or_else<F2, O: FnOnce(E) -> Result<T, F2>>(self, op: O) -> Result<T, F2> {
        match self {
            Ok(t) => Ok(t),
            Err(e) => op(e),
        }
    }

    pub fn unwrap_or_else<F: FnOnce(E) -> T>(self, op: F) -> T {
        match self {
            Ok(t) => t,
            Err(e) => op(e),
        }
    }

    pub fn map_or<U, F: FnOnce(T) -> U>(self, default: U, f: F) -> U {
        match self {
            Ok(t) => f(t),
            Err(_) => default,
        }
    }

    pub fn is_ok_and<F: FnOnce(T) -> bool>(self, f: F) -> bool {
        match self {
            Ok(t) => f(t),
            Err(_) => false,
        }
    }

    pub fn is_err_and<F: FnOnce(E) -> bool>(self, f: F) -> bool {
        match self {
            Ok(_) => false,
            Err(e) => f(e),
        }
    }
}

// std::fmt: `impl fmt::Display for T` / `impl fmt::Debug for T` with `write!(f, ...)`. The formatter writes
// to the output in progress (println!, format!...), so it carries no state yet (width/fill are not passed
// to user implementations). The paths `fmt::Formatter`, `fmt::Result`, `fmt::Error`, `fmt::Display` and
// `fmt::Debug` name these items.
pub struct __FmtError;

impl __Debug for __FmtError {
    fn fmt(&self, f: &mut __Formatter) -> Result<(), __FmtError> {
        f.write_str("Error")
    }
}

// `fmt::Formatter`: what a `{..}` placeholder asked for (the fmt.rs flags: bit 2 is `#`).
pub struct __Formatter {
    flags: u32,
}

impl __Formatter {
    // `{:#?}` / `{:#}`: the alternate form was asked for.
    pub fn alternate(&self) -> bool {
        self.flags & 4 != 0
    }

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

// `{:?}` of a `dyn Trait` (`trait Trait: Debug`) whose type derives Debug: the trait object's dispatcher
// calls this (derived Debug has no `fmt` of its own: it is expanded where the value is formatted).
pub fn __derived_debug_fmt<T: __Debug>(x: &T, f: &mut __Formatter) -> Result<(), __FmtError> {
    if f.alternate() {
        write!(f, "{:#?}", x)
    } else {
        write!(f, "{:?}", x)
    }
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

// `std::cmp::Ordering`: what `cmp`/`partial_cmp` return; sort_by's comparators give one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    pub fn reverse(self) -> Ordering {
        match self {
            Ordering::Less => Ordering::Greater,
            Ordering::Equal => Ordering::Equal,
            Ordering::Greater => Ordering::Less,
        }
    }

    pub fn then(self, other: Ordering) -> Ordering {
        match self {
            Ordering::Equal => other,
            _ => self,
        }
    }

    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
        match self {
            Ordering::Equal => f(),
            _ => self,
        }
    }

    pub fn is_eq(self) -> bool {
        self == Ordering::Equal
    }

    pub fn is_ne(self) -> bool {
        self != Ordering::Equal
    }

    pub fn is_lt(self) -> bool {
        self == Ordering::Less
    }

    pub fn is_gt(self) -> bool {
        self == Ordering::Greater
    }

    pub fn is_le(self) -> bool {
        self != Ordering::Greater
    }

    pub fn is_ge(self) -> bool {
        self != Ordering::Less
    }
}

impl<T, E: Debug> Result<T, E> {
    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Ok(t) => t,
            Err(e) => {
                let msg: String = format!("called `Result::unwrap()` on an `Err` value: {:?}", e);
                __wr_panic_caller(&msg)
            }
        }
    }

    #[track_caller]
    pub fn expect(self, msg: &str) -> T {
        match self {
            Ok(t) => t,
            Err(e) => {
                let full: String = format!("{}: {:?}", msg, e);
                __wr_panic_caller(&full)
            }
        }
    }
}

impl<T: Debug, E> Result<T, E> {
    #[track_caller]
    pub fn unwrap_err(self) -> E {
        match self {
            Ok(t) => {
                let msg: String = format!("called `Result::unwrap_err()` on an `Ok` value: {:?}", t);
                __wr_panic_caller(&msg)
            }
            Err(e) => e,
        }
    }

    #[track_caller]
    pub fn expect_err(self, msg: &str) -> E {
        match self {
            Ok(t) => {
                let full: String = format!("{}: {:?}", msg, t);
                __wr_panic_caller(&full)
            }
            Err(e) => e,
        }
    }
}

// `std::cmp::Reverse`: its ordering is the reverse of its content's (the compiler swaps the operands
// of the derived comparison).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reverse<T>(pub T);

// `Default`: the numbers' impls are generated into iter_num.rs.
pub trait Default {
    fn default() -> Self;
}

impl Default for bool {
    fn default() -> bool {
        false
    }
}

impl Default for char {
    fn default() -> char {
        '\x00'
    }
}

impl Default for String {
    fn default() -> String {
        String::new()
    }
}

impl<T> Default for Vec<T> {
    fn default() -> Vec<T> {
        Vec::new()
    }
}

impl<T> Default for Option<T> {
    fn default() -> Option<T> {
        None
    }
}

// `Option<&T>::cloned()` / `copied()`: T is the referent of the option's reference type.
pub trait __RefTo<U> {
    fn __get(&self) -> &U;
}

impl<U> __RefTo<U> for &U {
    fn __get(&self) -> &U {
        *self
    }
}

impl<U> __RefTo<U> for &mut U {
    fn __get(&self) -> &U {
        *self
    }
}

impl<T> Option<T> {
    pub fn cloned<U: Clone>(self) -> Option<U>
    where
        T: __RefTo<U>,
    {
        match self {
            Some(r) => Some(r.__get().clone()),
            None => None,
        }
    }

    pub fn copied<U: Copy>(self) -> Option<U>
    where
        T: __RefTo<U>,
    {
        match self {
            Some(r) => Some(*r.__get()),
            None => None,
        }
    }
}

// `From` / `Into` (the numeric widenings are generated into iter_num.rs); `?` converts errors with From.
pub trait From<T> {
    fn from(value: T) -> Self;
}

pub trait Into<T> {
    fn into(self) -> T;
}

impl<T, U: From<T>> Into<U> for T {
    fn into(self) -> U {
        U::from(self)
    }
}

impl From<&str> for String {
    fn from(s: &str) -> String {
        String::from(s)
    }
}

impl From<char> for String {
    fn from(c: char) -> String {
        let mut s: String = String::new();
        s.push(c);
        s
    }
}

impl From<&String> for String {
    fn from(s: &String) -> String {
        s.clone()
    }
}

impl<T> From<T> for Option<T> {
    fn from(value: T) -> Option<T> {
        Some(value)
    }
}

impl<T> From<T> for Box<T> {
    fn from(value: T) -> Box<T> {
        Box::new(value)
    }
}

impl<T: Default> Option<T> {
    pub fn unwrap_or_default(self) -> T {
        match self {
            Some(v) => v,
            None => T::default(),
        }
    }
}

impl<T: Default, E> Result<T, E> {
    pub fn unwrap_or_default(self) -> T {
        match self {
            Ok(v) => v,
            Err(_) => T::default(),
        }
    }
}

impl Default for () {
    fn default() -> () {
        ()
    }
}

impl<A: Default> Default for (A,) {
    fn default() -> (A,) {
        (A::default(),)
    }
}

impl<A: Default, B: Default> Default for (A, B) {
    fn default() -> (A, B) {
        (A::default(), B::default())
    }
}

impl<A: Default, B: Default, C: Default> Default for (A, B, C) {
    fn default() -> (A, B, C) {
        (A::default(), B::default(), C::default())
    }
}

impl<A: Default, B: Default, C: Default, D: Default> Default for (A, B, C, D) {
    fn default() -> (A, B, C, D) {
        (A::default(), B::default(), C::default(), D::default())
    }
}

// The comparison traits, for user impls (`impl Ord for State { fn cmp(..) }`): `==`, `<`... on a type with
// such an impl call it; derived comparisons need no impl (the compiler builds them).
pub trait PartialEq {
    fn eq(&self, other: &Self) -> bool;
    fn ne(&self, other: &Self) -> bool {
        !self.eq(other)
    }
}

pub trait Eq: PartialEq {}

pub trait PartialOrd: PartialEq {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering>;
}

pub trait Ord: Eq + PartialOrd {
    fn cmp(&self, other: &Self) -> Ordering;
}
