// Conditions must be bool: integers are not truthy.
fn main() {
    let n = 5;
    if n { //~ ERROR mismatched types
        println!("nonzero");
    }
    while 1 { //~ ERROR E0308
        println!("forever");
    }
}
