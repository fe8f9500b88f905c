// A `let`'s temporary is freed at the end of the statement unless the `let` extends it (rustc: E0716);
// `&temp`, a tuple or array of them and constants (`&1`) are extended or promoted.
fn main() {
    let s: &str = String::from("hello").as_str(); //~ ERROR temporary value dropped while borrowed
    println!("{}", s);
    let ok = &String::from("extended");
    let n = String::from("abc").len();
    let pair = (&String::from("x"), 1);
    let t = [&String::from("y")];
    let one: &i32 = &1;
    println!("{} {} {} {} {}", ok, n, pair.0, t[0], one);
}
