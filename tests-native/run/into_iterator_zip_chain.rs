fn main() {
    let a = vec![1, 2, 3];
    let b = vec![10, 20, 30];
    let sums: Vec<i32> = a.iter().zip(&b).map(|(x, y)| x + y).collect();
    println!("{:?}", sums);
    let pairs: Vec<(i32, char)> = a.clone().into_iter().zip(vec!['a', 'b', 'c']).collect();
    println!("{:?}", pairs);
    let all: Vec<&i32> = a.iter().chain(&b).collect();
    println!("{:?}", all);
    let dot: i32 = a.iter().zip(b.iter()).map(|(x, y)| x * y).sum();
    println!("{}", dot);
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        print!("{}:{}/{} ", i, x, y);
    }
    println!();
    let s: &[i32] = &b;
    println!("{:?}", a.iter().zip(s).collect::<Vec<_>>());
}
