// Assigning to a field of a moved struct.
struct Pair {
    a: String,
    b: String,
}

fn main() {
    let mut p = Pair { a: String::new(), b: String::new() };
    let q = p;
    p.a = String::from("new"); //~ ERROR assign to part of moved value: `p`
    println!("{} {}", q.a, q.b);
}
