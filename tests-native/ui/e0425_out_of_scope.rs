// A binding is not visible after its block ends.
fn main() {
    {
        let inner = 5;
        println!("{}", inner);
    }
    println!("{}", inner); //~ ERROR cannot find value `inner` in this scope
}
