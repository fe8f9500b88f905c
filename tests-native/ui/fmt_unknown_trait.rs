// An unknown formatting trait in a format spec, and a named argument that is never used.
fn main() {
    println!("{:q}", 1); //~ ERROR unknown format trait `q`
    println!("{}", 2, x = 3); //~ ERROR named argument never used
}
