// A knight's tour on a 6x6 board by Warnsdorff's rule (fewest onward moves first).
const MOVES: [(i32, i32); 8] = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)];

fn onward(board: &Vec<Vec<u32>>, x: i32, y: i32, n: i32) -> usize {
    MOVES.iter().filter(|(dx, dy)| {
        let (nx, ny) = (x + dx, y + dy);
        nx >= 0 && ny >= 0 && nx < n && ny < n && board[ny as usize][nx as usize] == 0
    }).count()
}

fn main() {
    let n = 6i32;
    let mut board = vec![vec![0u32; n as usize]; n as usize];
    let (mut x, mut y) = (0i32, 0i32);
    board[0][0] = 1;
    for step in 2..=(n * n) as u32 {
        let mut best: Option<(usize, i32, i32)> = None;
        for (dx, dy) in MOVES.iter() {
            let (nx, ny) = (x + dx, y + dy);
            if nx >= 0 && ny >= 0 && nx < n && ny < n && board[ny as usize][nx as usize] == 0 {
                let deg = onward(&board, nx, ny, n);
                if best.map_or(true, |b| deg < b.0) {
                    best = Some((deg, nx, ny));
                }
            }
        }
        match best {
            Some((_, nx, ny)) => {
                x = nx;
                y = ny;
                board[y as usize][x as usize] = step;
            }
            None => {
                println!("stuck at step {}", step);
                break;
            }
        }
    }
    for row in &board {
        println!("{}", row.iter().map(|v| format!("{:>3}", v)).collect::<String>());
    }
    let complete = board.iter().all(|r| r.iter().all(|&v| v > 0));
    println!("complete tour: {}", complete);
}
