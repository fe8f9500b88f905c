// Two elided input lifetimes (the slice and the &str inside it): the result's lifetime is ambiguous.
fn names(items: &[(&str, u32)]) -> Vec<&str> { //~ ERROR missing lifetime specifier
    items.iter().map(|p| p.0).collect()
}

fn main() {
    println!("{:?}", names(&[("a", 1)]));
}
