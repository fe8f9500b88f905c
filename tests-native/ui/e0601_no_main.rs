// A crate without `fn main`.
fn helper() -> i32 {
    1
}

fn not_main() -> i32 {
    helper()
}
//~? ERROR `main` function not found in crate
