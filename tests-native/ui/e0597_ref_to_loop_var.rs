// A reference to a loop iteration's value kept after the loop.
fn main() {
    let mut keep: Option<&i32> = None;
    for i in 0..3 {
        let x = i * 10;
        if x > 5 {
            keep = Some(&x); //~ ERROR `x` does not live long enough
        }
    }
    println!("{:?}", keep);
}
