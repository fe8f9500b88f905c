// Declarative macros are outside the v0 subset.
macro_rules! square { //~ ERROR not supported by WasmRust yet
    ($x:expr) => {
        $x * $x
    };
}

fn main() {
    println!("{}", square!(4));
}
