//@ test
// Test outcomes: passing, failing assert_eq! with a message, ignored, should_panic with and without
// expected text, a test returning Err, and a test's output shown only when it fails.
pub fn add(a: i32, b: i32) -> i32 { a + b }
#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn adds() { assert_eq!(add(2, 2), 4); }
    #[test]
    fn fails() { println!("hello from fails"); assert_eq!(add(1, 1), 3, "math is {}", "hard"); }
    #[test]
    #[ignore]
    fn slow() {}
    #[test]
    #[should_panic(expected = "boom")]
    fn panics() { panic!("a boom here"); }
    #[test]
    #[should_panic(expected = "bam")]
    fn wrong_panic() { panic!("boom"); }
    #[test]
    #[should_panic]
    fn no_panic() {}
    #[test]
    fn result_ok() -> Result<(), String> { Ok(()) }
    #[test]
    fn result_err() -> Result<(), String> { Err("bad".to_string()) }
}
