// Determinants and inverses of small matrices with Gaussian elimination over f64 (partial pivoting).
fn det(mut m: Vec<Vec<f64>>) -> f64 {
    let n = m.len();
    let mut d = 1.0;
    for col in 0..n {
        let pivot = (col..n).max_by(|&a, &b| m[a][col].abs().partial_cmp(&m[b][col].abs()).unwrap()).unwrap();
        if m[pivot][col].abs() < 1e-12 {
            return 0.0;
        }
        if pivot != col {
            m.swap(pivot, col);
            d = -d;
        }
        d *= m[col][col];
        for r in col + 1..n {
            let f = m[r][col] / m[col][col];
            for c in col..n {
                m[r][c] -= f * m[col][c];
            }
        }
    }
    d
}

fn inverse(m: &Vec<Vec<f64>>) -> Option<Vec<Vec<f64>>> {
    let n = m.len();
    let mut a: Vec<Vec<f64>> = m
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut r = row.clone();
            r.extend((0..n).map(|j| if i == j { 1.0 } else { 0.0 }));
            r
        })
        .collect();
    for col in 0..n {
        let pivot = (col..n).max_by(|&x, &y| a[x][col].abs().partial_cmp(&a[y][col].abs()).unwrap())?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(pivot, col);
        let p = a[col][col];
        for c in 0..2 * n {
            a[col][c] /= p;
        }
        for r in 0..n {
            if r != col {
                let f = a[r][col];
                for c in 0..2 * n {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
    }
    Some(a.into_iter().map(|row| row.into_iter().skip(n).collect()).collect())
}

fn main() {
    let m = vec![vec![2.0, -1.0, 0.0], vec![-1.0, 2.0, -1.0], vec![0.0, -1.0, 2.0]];
    println!("det = {:.6}", det(m.clone()));
    match inverse(&m) {
        Some(inv) => {
            for row in &inv {
                println!("{}", row.iter().map(|v| format!("{:8.4}", v)).collect::<Vec<_>>().join(" "));
            }
        }
        None => println!("singular"),
    }
    let singular = vec![vec![1.0, 2.0], vec![2.0, 4.0]];
    println!("det = {} inverse = {:?}", det(singular.clone()), inverse(&singular));
    let id: Vec<Vec<f64>> = (0..4).map(|i| (0..4).map(|j| if i == j { 3.0 } else { 0.0 }).collect()).collect();
    println!("det(3I4) = {}", det(id));
}
