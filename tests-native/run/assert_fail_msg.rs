// assert! failure with a formatted message.
fn main() {
    let limit = 10;
    for i in 0..20 {
        assert!(i * i < limit * 5, "i = {} squared is {} which is too large", i, i * i);
        println!("{}", i);
    }
}
