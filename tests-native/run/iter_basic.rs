fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut it = v.iter();
    while let Some(x) = it.next() {
        print!("{} ", x);
    }
    println!();
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
    let evens: Vec<&i32> = v.iter().filter(|x| **x % 2 == 0).collect();
    println!("{:?}", evens);
    for (i, x) in v.iter().enumerate() {
        print!("{}:{} ", i, x);
    }
    println!();
    println!("{}", v.iter().count());
    println!("{:?}", v.iter().rev().collect::<Vec<_>>());
    println!("{}", v.iter().fold(0, |a, b| a + b));
    println!("{:?} {:?}", v.iter().max(), v.iter().min());
    println!("{}", v.iter().any(|&x| x > 4));
    println!("{:?}", v.iter().position(|&x| x == 3));
}
