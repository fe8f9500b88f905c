// Vec::resize (T: Clone): grows with independent clones (Strings, rows of a grid) or truncates.
fn main() {
    let mut v = vec![1, 2, 3];
    v.resize(6, 0);
    println!("{:?}", v);
    v.resize(2, 9);
    println!("{:?}", v);
    let mut s: Vec<String> = Vec::new();
    s.resize(3, String::from("ab"));
    s[0].push('!');
    println!("{:?}", s);
    let mut grid: Vec<Vec<u8>> = Vec::new();
    grid.resize(3, vec![0; 4]);
    grid[1][2] = 7;
    println!("{:?}", grid);
}
