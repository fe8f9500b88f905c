fn main() {
    let a = [3, 1, 4, 1, 5, 9, 2, 6];
    println!("{}", a.iter().sum::<i32>());
    println!("{:?}", a.iter().max());
    let mut b = [1.5, 2.5, 3.0];
    for x in b.iter_mut() {
        *x *= 2.0;
    }
    println!("{:?}", b);
    let names = ["ann", "bob"];
    let upper: Vec<String> = names.into_iter().map(|s| s.to_uppercase()).collect();
    println!("{:?}", upper);
    let grid = [[1, 2], [3, 4]];
    let total: i32 = grid.iter().map(|row| row.iter().sum::<i32>()).sum();
    println!("{}", total);
    println!("{:?}", a.iter().enumerate().filter(|(_, &v)| v > 3).map(|(i, _)| i).collect::<Vec<_>>());
}
