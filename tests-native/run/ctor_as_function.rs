#[allow(dead_code)]
#[derive(Debug)]
struct Meters(f64);
#[allow(dead_code)]
#[derive(Debug)]
enum Tok {
    Num(i64),
    Word(String),
}
fn main() {
    let a: Vec<Option<i32>> = vec![1, 2].into_iter().map(Some).collect();
    let m: Vec<Meters> = vec![1.5, 2.0].into_iter().map(Meters).collect();
    let t: Vec<Tok> = vec![3, 4].into_iter().map(Tok::Num).chain(vec![String::from("x")].into_iter().map(Tok::Word)).collect();
    let r: Result<i32, String> = "7".parse::<i32>().map_err(|e| e.to_string()).and_then(Ok);
    println!("{:?} {:?} {:?} {:?}", a, m, t, r);
}
