fn main() {
    let squares: Vec<u64> = (1..=10).map(|x| x * x).collect();
    println!("{:?}", squares);
    let total: u64 = squares.iter().sum();
    println!("{}", total);
    println!("{}", (1..=5).product::<i32>());
    for i in (0..10).rev().step_by(3) {
        print!("{} ", i);
    }
    println!();
    let r = 3..7;
    println!("{} {} {}", r.contains(&5), r.len(), r.start);
    let firsts: Vec<i32> = (1..).take(4).collect();
    println!("{:?}", firsts);
    let s: String = vec!['h', 'e', 'y'].iter().collect();
    println!("{}", s);
    let words = vec!["a", "bc", "def"];
    let joined: String = words.iter().map(|w| w.to_uppercase()).collect();
    println!("{}", joined);
    let pairs: Vec<(i32, char)> = vec![1, 2, 3].into_iter().zip(vec!['x', 'y', 'z'].into_iter()).collect();
    println!("{:?}", pairs);
    let chained: Vec<i32> = (1..3).chain(7..9).collect();
    println!("{:?}", chained);
    let mut pk = vec![1, 2, 3].into_iter().peekable();
    while let Some(x) = pk.next() {
        if let Some(&n) = pk.peek() {
            print!("{}->{} ", x, n);
        }
    }
    println!();
    let fm: Vec<i32> = vec!["1", "x", "3"].iter().filter_map(|s| if *s != "x" { Some(s.len() as i32) } else { None }).collect();
    println!("{:?}", fm);
    let flat: Vec<i32> = (1..4).flat_map(|n| 0..n).collect();
    println!("{:?}", flat);
    let tw: Vec<i32> = (1..20).take_while(|x| x * x < 50).skip_while(|x| *x < 3).collect();
    println!("{:?}", tw);
    let best = vec![(1, "a"), (5, "b"), (3, "c")].into_iter().max_by_key(|p| p.0);
    println!("{:?}", best);
    let mut v = vec![1, 2, 3];
    for x in v.iter_mut() {
        *x *= 10;
    }
    println!("{:?}", v);
    v.extend(vec![7, 8].into_iter());
    println!("{:?} {:?}", v, v.iter().last());
    let e: f64 = vec![1.5, 2.5].iter().sum();
    println!("{}", e);
    println!("{}", (1..=4).fold(String::new(), |acc, n| acc + &n.to_string()));
    println!("{:?}", (0..5).map(|x| x * 2).filter(|x| x % 3 != 0).collect::<Vec<_>>());
    println!("{}", (0..100).filter(|n| n % 7 == 0).count());
    println!("{:?}", vec![3, 1, 2].iter().copied().min());
}
