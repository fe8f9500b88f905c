// Matrices as Vec<Vec<f64>> with iterator-based multiplication, transpose and identity checks.
fn identity(n: usize) -> Vec<Vec<f64>> {
    (0..n).map(|i| (0..n).map(|j| if i == j { 1.0 } else { 0.0 }).collect()).collect()
}

fn transpose(m: &Vec<Vec<f64>>) -> Vec<Vec<f64>> {
    (0..m[0].len()).map(|j| m.iter().map(|row| row[j]).collect()).collect()
}

fn multiply(a: &Vec<Vec<f64>>, b: &Vec<Vec<f64>>) -> Vec<Vec<f64>> {
    let bt = transpose(b);
    a.iter()
        .map(|row| bt.iter().map(|col| row.iter().zip(col.iter()).map(|(x, y)| x * y).sum()).collect())
        .collect()
}

fn show(name: &str, m: &Vec<Vec<f64>>) {
    println!("{}:", name);
    for row in m {
        let cells: Vec<String> = row.iter().map(|v| format!("{:7.2}", v)).collect();
        println!("  [{}]", cells.join(" "));
    }
}

fn main() {
    let a = vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]];
    let b = vec![vec![7.0, 8.0], vec![9.0, 10.0], vec![11.0, 12.0]];
    show("a", &a);
    show("a^T", &transpose(&a));
    let c = multiply(&a, &b);
    show("a*b", &c);
    let i3 = identity(3);
    println!("a*I == a: {}", multiply(&a, &i3) == a);
    let trace: f64 = (0..c.len()).map(|i| c[i][i]).sum();
    println!("trace(a*b) = {}", trace);
    let frob = c.iter().flat_map(|r| r.iter()).map(|v| v * v).sum::<f64>().sqrt();
    println!("frobenius = {:.4}", frob);
}
