fn main() {
    let a = "apple";
    let b = String::from("banana");
    println!("{:?} {:?} {:?}", a.cmp("apple"), b.as_str().cmp(a), a.partial_cmp(&"zz"));
    let mut v = vec!["pear", "fig", "apple"];
    v.sort_by(|x, y| x.cmp(y));
    println!("{:?} {:?}", v, b.cmp(&String::from("b")));
}
