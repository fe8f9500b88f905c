fn main() {
    println!("{} {} {} {}", "abc".replace("", "-"), "aaa".replace("a", "bb"), "x.y.z".replace('.', ""), "hello".replace(|c: char| c == 'l', "L"));
    println!("{}", "ééé".replace("é", "e"));
}
