// A string literal that never ends (it runs to the end of the file).
fn main() {
    println!("{}", 1);
    //~v ERROR unterminated double quote string
    let s = "this string has no end;
}
