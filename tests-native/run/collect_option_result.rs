fn main() {
    let good: Result<Vec<i32>, String> = vec!["1", "2", "3"].into_iter().map(|s| s.parse::<i32>().map_err(|e| e.to_string())).collect();
    let bad: Result<Vec<i32>, std::num::ParseIntError> = "4 x 6".split(' ').map(|s| s.parse::<i32>()).collect();
    println!("{:?} {:?}", good, bad);
    let opt: Option<Vec<u32>> = "123".chars().map(|c| c.to_digit(10)).collect();
    let none: Option<Vec<u32>> = "1a3".chars().map(|c| c.to_digit(10)).collect();
    println!("{:?} {:?}", opt, none);
}
