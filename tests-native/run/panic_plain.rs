// panic! with a plain message and with inline named arguments.
fn validate(code: u32) {
    if code > 3 {
        let limit = 3;
        panic!("code {code} exceeds limit {limit}");
    }
    println!("code {} ok", code);
}

fn main() {
    validate(1);
    validate(3);
    validate(9);
    panic!("never reached");
}
