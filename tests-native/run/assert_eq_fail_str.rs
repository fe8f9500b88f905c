// assert_eq! failure on &str values: Debug quoting and escapes in the message.
fn pick(n: u32) -> &'static str {
    if n == 0 { "zero" } else { "tab\there" }
}

fn main() {
    assert_eq!(pick(0), "zero");
    assert_eq!(pick(1), "tab here");
}
