// Dijkstra's shortest paths with a BTreeSet as the priority queue, on an adjacency list of Vecs.
use std::collections::BTreeSet;

fn dijkstra(adj: &Vec<Vec<(usize, u64)>>, src: usize) -> (Vec<u64>, Vec<Option<usize>>) {
    let n = adj.len();
    let mut dist = vec![u64::MAX; n];
    let mut prev = vec![None; n];
    let mut queue = BTreeSet::new();
    dist[src] = 0;
    queue.insert((0, src));
    while let Some((d, u)) = queue.pop_first() {
        if d > dist[u] {
            continue;
        }
        for &(v, w) in &adj[u] {
            let nd = d + w;
            if nd < dist[v] {
                if dist[v] != u64::MAX {
                    queue.remove(&(dist[v], v));
                }
                dist[v] = nd;
                prev[v] = Some(u);
                queue.insert((nd, v));
            }
        }
    }
    (dist, prev)
}

fn path(prev: &Vec<Option<usize>>, to: usize) -> Vec<usize> {
    let mut p = vec![to];
    let mut cur = to;
    while let Some(u) = prev[cur] {
        p.push(u);
        cur = u;
    }
    p.reverse();
    p
}

fn main() {
    let edges = [(0, 1, 7), (0, 2, 9), (0, 5, 14), (1, 2, 10), (1, 3, 15), (2, 3, 11), (2, 5, 2), (3, 4, 6), (4, 5, 9)];
    let mut adj: Vec<Vec<(usize, u64)>> = vec![Vec::new(); 7];
    for &(a, b, w) in edges.iter() {
        adj[a].push((b, w));
        adj[b].push((a, w));
    }
    let (dist, prev) = dijkstra(&adj, 0);
    for v in 0..adj.len() {
        if dist[v] == u64::MAX {
            println!("{}: unreachable", v);
        } else {
            println!("{}: {:>2} via {:?}", v, dist[v], path(&prev, v));
        }
    }
}
