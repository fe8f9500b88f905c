fn main() {
    let s = "héllo wörld";
    println!("{}", s.chars().count());
    println!("{:?}", s.chars().rev().collect::<String>());
    for (i, c) in "añb".char_indices() {
        print!("{}:{} ", i, c);
    }
    println!();
    println!("{:?}", "ab".bytes().collect::<Vec<u8>>());
    let words: Vec<&str> = "  the quick\tbrown  fox \n".split_whitespace().collect();
    println!("{:?}", words);
    for line in "one\ntwo\r\nthree\n".lines() {
        println!("[{}]", line);
    }
    println!("{:?}", "a,b,,c".split(',').collect::<Vec<_>>());
    println!("{:?}", "a--b--c".split("--").collect::<Vec<_>>());
    println!("{:?}", ",x,".split(',').collect::<Vec<_>>());
    println!("{:?}", "".split(',').collect::<Vec<_>>());
    let total: u32 = "1 2 3 40".split(' ').map(|x| x.len() as u32).sum();
    println!("{}", total);
    let caps: String = "hello world".split(' ').map(|w| {
        let mut c = w.chars();
        match c.next() {
            Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
            None => String::new(),
        }
    }).collect::<Vec<String>>().join(" ");
    println!("{}", caps);
    let vowels = "programming".chars().filter(|c| "aeiou".contains(*c)).count();
    println!("{}", vowels);
}
