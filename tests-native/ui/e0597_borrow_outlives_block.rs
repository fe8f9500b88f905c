// A reference kept after the block that owns its value ends.
fn main() {
    let r;
    {
        let x = 5;
        r = &x; //~ ERROR `x` does not live long enough
    }
    println!("{}", r);
}
