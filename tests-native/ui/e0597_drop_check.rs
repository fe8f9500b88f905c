// Drop check: a value whose `Drop` impl can use a reference must not outlive what it borrows (rustc:
// E0597 with the drop as the later use).
struct Holder<'a> {
    r: &'a String,
}

impl Drop for Holder<'_> {
    fn drop(&mut self) {
        println!("dropping holder of {}", self.r);
    }
}

fn main() {
    let h;
    let s = String::from("x");
    h = Holder { r: &s }; //~ ERROR `s` does not live long enough
    println!("made {}", h.r);
}
