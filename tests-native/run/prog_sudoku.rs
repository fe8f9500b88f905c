// A backtracking Sudoku solver over [[u8; 9]; 9] with candidate checks in closures.
fn ok(g: &[[u8; 9]; 9], r: usize, c: usize, v: u8) -> bool {
    let row = (0..9).all(|i| g[r][i] != v);
    let col = (0..9).all(|i| g[i][c] != v);
    let (br, bc) = (r / 3 * 3, c / 3 * 3);
    let bx = (0..9).all(|k| g[br + k / 3][bc + k % 3] != v);
    row && col && bx
}

fn solve(g: &mut [[u8; 9]; 9], steps: &mut u32) -> bool {
    for r in 0..9 {
        for c in 0..9 {
            if g[r][c] == 0 {
                for v in 1..=9 {
                    if ok(g, r, c, v) {
                        g[r][c] = v;
                        *steps += 1;
                        if solve(g, steps) {
                            return true;
                        }
                        g[r][c] = 0;
                    }
                }
                return false;
            }
        }
    }
    true
}

fn main() {
    let puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
    let mut g = [[0u8; 9]; 9];
    for (i, ch) in puzzle.chars().enumerate() {
        g[i / 9][i % 9] = ch.to_digit(10).unwrap() as u8;
    }
    let mut steps = 0;
    let solved = solve(&mut g, &mut steps);
    println!("solved: {} after {} placements", solved, steps);
    for (r, row) in g.iter().enumerate() {
        if r % 3 == 0 && r > 0 {
            println!("------+-------+------");
        }
        let cells: Vec<String> = row.iter().enumerate().map(|(c, v)| if c % 3 == 0 && c > 0 { format!("| {}", v) } else { v.to_string() }).collect();
        println!("{}", cells.join(" "));
    }
    let sums: Vec<u32> = g.iter().map(|row| row.iter().map(|&v| v as u32).sum()).collect();
    println!("{:?}", sums);
}
