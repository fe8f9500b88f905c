fn main() {
    let a: i32 = "42".parse().unwrap();
    let b = "-17".parse::<i64>().unwrap();
    println!("{} {}", a, b);
    println!("{:?}", "abc".parse::<i32>());
    println!("{:?}", "".parse::<u8>());
    println!("{:?}", "256".parse::<u8>());
    println!("{:?}", "-129".parse::<i8>());
    println!("{:?}", "-1".parse::<u32>());
    println!("{:?}", "+7".parse::<u16>());
    println!("{:?}", "-9223372036854775808".parse::<i64>());
    println!("{:?}", "18446744073709551615".parse::<u64>());
    match "x1".parse::<i32>() {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
    let f: f64 = "3.14".parse().unwrap();
    println!("{} {:?} {:?}", f, "2.5e3".parse::<f64>(), "-0.001".parse::<f64>());
    println!("{:?} {:?} {:?}", "1e".parse::<f64>(), "".parse::<f64>(), "inf".parse::<f64>());
    println!("{:?} {:?}", "true".parse::<bool>(), "yes".parse::<bool>());
    println!("{:?} {:?}", "x".parse::<char>(), "xy".parse::<char>());
    let nums: Vec<i32> = "3 1 4 1 5".split_whitespace().map(|s| s.parse().unwrap()).collect();
    println!("{:?}", nums);
    let sum: f64 = "1.5,2.25,3".split(',').map(|s| s.parse::<f64>().unwrap()).sum();
    println!("{}", sum);
    println!("{:?}", ".5".parse::<f64>());
    println!("{:?}", "12.".parse::<f32>());
}
