// assert! failure without a message prints the stringified condition.
fn main() {
    let x = 3;
    assert!(x > 0);
    assert!(x < 10, "x should be small");
    println!("first asserts passed");
    assert!(x * 2 == 7);
}
