// assert_eq! failure shows left and right with Debug formatting.
fn main() {
    let a = 2 + 2;
    assert_eq!(a, 4);
    println!("passed");
    let s = "hello";
    assert_eq!(s, "hello");
    let c = 'x';
    assert_eq!(c, 'y');
}
