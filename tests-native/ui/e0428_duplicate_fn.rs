// Two items with the same name.
fn helper() -> i32 {
    1
}

fn helper() -> i32 { //~ ERROR the name `helper` is defined multiple times
    2
}

fn main() {
    println!("{}", helper());
}
