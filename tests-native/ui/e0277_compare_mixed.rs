// Comparison between an integer and a float.
fn main() {
    let n: u32 = 3;
    if n == 3.0 { //~ ERROR E0308
        println!("three");
    }
}
