fn main() {
    let mut a = [5, 3, 9, 1, 7];
    println!("{} {:?} {:?}", a.contains(&9), a.first(), a.iter().rev().collect::<Vec<_>>());
    a.sort();
    println!("{:?} {:?}", a, a.binary_search(&7));
    a.reverse();
    println!("{:?} {}", a, ["x", "y", "z"].join("-"));
    let mut v = vec![0; 4];
    v.fill(7);
    println!("{:?} {:?} {}", v, v.split_first(), v.starts_with(&[7, 7]));
    let words = ["a", "b"].concat();
    println!("{}", words);
    let mut grid = [[0u8; 3]; 2];
    grid[1].fill(9);
    println!("{:?}", grid);
}
