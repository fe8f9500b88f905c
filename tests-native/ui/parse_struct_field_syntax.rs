// `=` instead of `:` in a struct literal.
struct P {
    x: i32,
}

fn main() {
    let p = P { x = 1 }; //~ ERROR expected `:`, found `=`
    println!("{}", p.x);
}
