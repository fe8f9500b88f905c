// An operator with no right-hand operand.
fn main() {
    let x = 5 + ; //~ ERROR expected expression, found `;`
    println!("{}", x);
}
