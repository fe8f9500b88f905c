// Conway's Game of Life on a wrapping grid of Vec<Vec<bool>>, neighbours counted with iterators.
fn step(g: &Vec<Vec<bool>>) -> Vec<Vec<bool>> {
    let h = g.len() as i32;
    let w = g[0].len() as i32;
    (0..h)
        .map(|y| {
            (0..w)
                .map(|x| {
                    let n = (-1..=1)
                        .flat_map(|dy| (-1..=1).map(move |dx| (dx, dy)))
                        .filter(|&(dx, dy)| !(dx == 0 && dy == 0))
                        .filter(|&(dx, dy)| g[((y + dy + h) % h) as usize][((x + dx + w) % w) as usize])
                        .count();
                    let alive = g[y as usize][x as usize];
                    n == 3 || (alive && n == 2)
                })
                .collect()
        })
        .collect()
}

fn show(g: &Vec<Vec<bool>>) {
    for row in g {
        println!("{}", row.iter().map(|&c| if c { '#' } else { '.' }).collect::<String>());
    }
}

fn main() {
    let mut g = vec![vec![false; 8]; 6];
    for &(x, y) in &[(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)] {
        g[y][x] = true;
    }
    for gen in 0..4 {
        println!("generation {} ({} alive)", gen, g.iter().map(|row| row.iter().filter(|c| **c).count()).sum::<usize>());
        show(&g);
        g = step(&g);
    }
}
