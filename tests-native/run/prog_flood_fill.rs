// Counting islands and their sizes on a character grid with an explicit BFS queue.
fn main() {
    let map = [
        "~~##~~~~#~",
        "~###~~~##~",
        "~~#~~~~~~~",
        "~~~~~##~~#",
        "#~~~###~~#",
        "##~~~#~~~~",
    ];
    let grid: Vec<Vec<char>> = map.iter().map(|r| r.chars().collect()).collect();
    let (h, w) = (grid.len(), grid[0].len());
    let mut seen = vec![vec![false; w]; h];
    let mut sizes = Vec::new();
    for sy in 0..h {
        for sx in 0..w {
            if grid[sy][sx] != '#' || seen[sy][sx] {
                continue;
            }
            let mut queue = vec![(sy, sx)];
            seen[sy][sx] = true;
            let mut head = 0;
            while head < queue.len() {
                let (y, x) = queue[head];
                head += 1;
                let dirs: [(i32, i32); 4] = [(0, 1), (1, 0), (0, -1), (-1, 0)];
                for (dy, dx) in dirs.iter() {
                    let ny = y as i32 + dy;
                    let nx = x as i32 + dx;
                    if ny < 0 || nx < 0 || ny >= h as i32 || nx >= w as i32 {
                        continue;
                    }
                    let (ny, nx) = (ny as usize, nx as usize);
                    if grid[ny][nx] == '#' && !seen[ny][nx] {
                        seen[ny][nx] = true;
                        queue.push((ny, nx));
                    }
                }
            }
            sizes.push((queue.len(), sy, sx));
        }
    }
    sizes.sort_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    println!("{} islands", sizes.len());
    for (n, y, x) in &sizes {
        println!("size {} starting at ({}, {})", n, y, x);
    }
    let land: usize = sizes.iter().map(|s| s.0).sum();
    println!("land {} of {} cells ({:.1}%)", land, h * w, 100.0 * land as f64 / (h * w) as f64);
}
