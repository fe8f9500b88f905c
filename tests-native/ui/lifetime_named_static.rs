// `'static` is required and a named lifetime is given: it must outlive `'static`.
struct Config<'a> {
    name: &'a str,
}

fn forever<'a>(x: &'a str) -> &'static str {
    x //~ ERROR lifetime may not live long enough
}

impl<'a> Config<'a> {
    fn name(&self) -> &'static str {
        self.name //~ ERROR lifetime may not live long enough
    }
}

fn main() {
    let c = Config { name: "cfg" };
    println!("{} {}", forever("x"), c.name());
}
