fn main() {
    let line = "key: value: with colons";
    let parts: Vec<&str> = line.splitn(2, ": ").collect();
    println!("{:?} {:?}", parts, "a,b,c,d".splitn(3, ',').collect::<Vec<_>>());
    println!("{:?} {:?}", "path/to/file.rs".rfind('/'), "abcabc".rfind("bc"));
    println!("{:?}", "a.b.c".rsplit('.').collect::<Vec<_>>());
    println!("{} {:?}", "banana".matches("an").count(), "banana".match_indices('a').collect::<Vec<_>>());
}
