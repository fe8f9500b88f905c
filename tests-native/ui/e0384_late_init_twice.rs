// A binding declared without a value may be assigned once; a second assignment needs `mut`.
fn main() {
    let answer;
    answer = 41;
    println!("{}", answer);
    answer = 42; //~ ERROR cannot assign twice to immutable variable `answer`
    println!("{}", answer);
}
