// An element of an array of Strings cannot be moved out by indexing.
fn main() {
    let arr = [String::from("x"), String::from("y")];
    let second = arr[1]; //~ ERROR cannot move out of type `[String; 2]`, a non-copy array
    println!("{} {}", second, arr.len());
}
