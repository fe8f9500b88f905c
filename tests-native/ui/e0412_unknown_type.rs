// Unknown type names in a let annotation and in a parameter.
// (E0412 in older rustc; rustc 1.95 reports these as E0425, so the markers use the message.)
fn take(p: Pointt) -> i32 { //~ ERROR cannot find type `Pointt` in this scope
    0
}

fn main() {
    let x: Strng = 5; //~ ERROR cannot find type `Strng` in this scope
    println!("{}", take(x));
}
