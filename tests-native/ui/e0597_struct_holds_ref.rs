// A struct holding a reference outlives the value it points to.
struct Holder<'a> {
    text: &'a str,
}

fn main() {
    let h;
    {
        let owned = String::from("short-lived");
        h = Holder { text: &owned }; //~ ERROR `owned` does not live long enough
    }
    println!("{}", h.text);
}
