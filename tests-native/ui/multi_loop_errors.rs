// break outside a loop, an undeclared label and a type error: all reported.
fn f() {
    break; //~ ERROR `break` outside of a loop
}

fn g() {
    loop {
        break 'nowhere; //~ ERROR use of undeclared label `'nowhere`
    }
}

fn main() {
    let n: u32 = -1; //~ ERROR cannot apply unary operator `-` to type `u32`
    g();
    f();
    println!("{}", n);
}
