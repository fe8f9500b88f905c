fn main() {
    println!("[{}] [{}] [{}]", "xxhixx".trim_matches('x'), "--a-b--".trim_start_matches("-"), "label::".trim_end_matches(':'));
    println!("{:?} {:?}", "key=value=x".split_once('='), "nokey".split_once("="));
    println!("{:?} {:?}", "v1.2".strip_prefix("v"), "file.rs".strip_suffix(".rs"));
    println!("[{}]", "123abc456".trim_matches(|c: char| c.is_ascii_digit()));
    println!("[{}]", "ababXab".trim_end_matches("ab"));
}
