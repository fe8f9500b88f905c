// Spiral order, rotation and transposition of a square matrix stored as Vec<Vec<i32>>.
fn spiral(m: &Vec<Vec<i32>>) -> Vec<i32> {
    let mut out = Vec::new();
    if m.is_empty() {
        return out;
    }
    let (mut top, mut left) = (0i32, 0i32);
    let (mut bottom, mut right) = (m.len() as i32 - 1, m[0].len() as i32 - 1);
    while top <= bottom && left <= right {
        for c in left..=right { out.push(m[top as usize][c as usize]); }
        top += 1;
        for r in top..=bottom { out.push(m[r as usize][right as usize]); }
        right -= 1;
        if top <= bottom {
            for c in (left..=right).rev() { out.push(m[bottom as usize][c as usize]); }
            bottom -= 1;
        }
        if left <= right {
            for r in (top..=bottom).rev() { out.push(m[r as usize][left as usize]); }
            left += 1;
        }
    }
    out
}

fn rotate(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let n = m.len();
    (0..n).map(|r| (0..n).map(|c| m[n - 1 - c][r]).collect()).collect()
}

fn main() {
    let m: Vec<Vec<i32>> = (0..4).map(|r| (0..4).map(|c| r * 4 + c + 1).collect()).collect();
    println!("{:?}", spiral(&m));
    let r = rotate(&m);
    for row in &r {
        println!("{}", row.iter().map(|v| format!("{:>3}", v)).collect::<String>());
    }
    let r4 = rotate(&rotate(&rotate(&r)));
    println!("four rotations give the original: {}", r4 == m);
    let rect = vec![vec![1, 2, 3], vec![4, 5, 6]];
    println!("{:?}", spiral(&rect));
}
