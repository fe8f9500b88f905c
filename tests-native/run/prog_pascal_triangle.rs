// Pascal's triangle rows built from the previous row with windows, centered printing, and row sums.
fn main() {
    let n = 12;
    let mut rows: Vec<Vec<u64>> = vec![vec![1]];
    for _ in 1..n {
        let prev = rows.last().unwrap();
        let mut row = vec![1];
        row.extend(prev.windows(2).map(|w| w[0] + w[1]));
        row.push(1);
        rows.push(row);
    }
    let width = rows.last().unwrap().iter().map(|v| v.to_string()).collect::<Vec<_>>().join(" ").len();
    for row in rows.iter().take(8) {
        let text = row.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(" ");
        println!("{:^w$}", text, w = width);
    }
    let sums: Vec<u64> = rows.iter().map(|r| r.iter().sum()).collect();
    println!("{:?}", sums);
    let odd: usize = rows.iter().flat_map(|r| r.iter()).filter(|&&v| v % 2 == 1).count();
    println!("{} odd entries in {} rows", odd, n);
}
