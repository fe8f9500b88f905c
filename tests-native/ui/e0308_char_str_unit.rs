// Mismatches between char, &str, () and numbers, including inside assert_eq!.
fn main() {
    let c: char = "a"; //~ ERROR mismatched types
    let s: &str = 'b'; //~ ERROR mismatched types
    let u: () = 5; //~ ERROR mismatched types
    assert_eq!(1, true); //~ ERROR mismatched types
    println!("{} {} {:?}", c, s, u);
}
