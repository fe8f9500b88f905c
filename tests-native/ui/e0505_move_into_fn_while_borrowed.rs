// Moving a struct into a function while a reference to its field is still used.
struct Doc {
    title: String,
}

fn archive(d: Doc) -> usize {
    d.title.len()
}

fn main() {
    let d = Doc { title: String::from("t") };
    let t = &d.title;
    let n = archive(d); //~ ERROR cannot move out of `d` because it is borrowed
    println!("{} {}", t, n);
}
