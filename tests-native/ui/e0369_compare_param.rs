// `<` on a type parameter needs a `PartialOrd` bound; `PartialEq` only allows `==` and `!=`.
fn bad<T: PartialEq>(a: T, b: T) -> bool {
    a == b || a < b //~ ERROR binary operation `<` cannot be applied to type `T`
}

fn main() {
    println!("{}", bad(1, 2));
}
