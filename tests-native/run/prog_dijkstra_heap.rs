// Dijkstra with BinaryHeap<Reverse<(cost, node)>> on a grid of weights; the path is printed on the grid.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let grid = ["131673", "233222", "521346", "981121", "712181"];
    let w: Vec<Vec<u32>> = grid.iter().map(|r| r.chars().map(|c| c.to_digit(10).unwrap()).collect()).collect();
    let (h, wd) = (w.len(), w[0].len());
    let mut dist = vec![vec![u32::MAX; wd]; h];
    let mut prev = vec![vec![None; wd]; h];
    let mut heap = BinaryHeap::new();
    dist[0][0] = w[0][0];
    heap.push(Reverse((w[0][0], 0usize, 0usize)));
    while let Some(Reverse((d, y, x))) = heap.pop() {
        if d > dist[y][x] {
            continue;
        }
        let mut next = Vec::new();
        if y > 0 { next.push((y - 1, x)); }
        if y + 1 < h { next.push((y + 1, x)); }
        if x > 0 { next.push((y, x - 1)); }
        if x + 1 < wd { next.push((y, x + 1)); }
        for (ny, nx) in next {
            let nd = d + w[ny][nx];
            if nd < dist[ny][nx] {
                dist[ny][nx] = nd;
                prev[ny][nx] = Some((y, x));
                heap.push(Reverse((nd, ny, nx)));
            }
        }
    }
    println!("cheapest path cost {}", dist[h - 1][wd - 1]);
    let mut on_path = vec![vec![false; wd]; h];
    let mut cur = Some((h - 1, wd - 1));
    while let Some((y, x)) = cur {
        on_path[y][x] = true;
        cur = prev[y][x];
    }
    for y in 0..h {
        let row: String = (0..wd).map(|x| if on_path[y][x] { '*' } else { '.' }).collect();
        println!("{}  {}", row, grid[y]);
    }
}
