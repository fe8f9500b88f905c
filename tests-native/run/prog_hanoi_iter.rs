// Towers of Hanoi recursively (move list) and iteratively (binary counter), checked against each other.
fn solve(n: u32, from: usize, to: usize, via: usize, moves: &mut Vec<(usize, usize)>) {
    if n == 0 {
        return;
    }
    solve(n - 1, from, via, to, moves);
    moves.push((from, to));
    solve(n - 1, via, to, from, moves);
}

fn main() {
    let n = 4;
    let mut moves = Vec::new();
    solve(n, 0, 2, 1, &mut moves);
    println!("{} moves: {:?}", moves.len(), &moves[..6]);
    let mut pegs: Vec<Vec<u32>> = vec![(1..=n).rev().collect(), Vec::new(), Vec::new()];
    for &(f, t) in &moves {
        let disk = pegs[f].pop().unwrap();
        if let Some(&top) = pegs[t].last() {
            assert!(top > disk, "illegal move");
        }
        pegs[t].push(disk);
    }
    println!("{:?}", pegs);
    let iterative: Vec<(usize, usize)> = (1..(1u32 << n)).map(|m| (((m & (m - 1)) % 3) as usize, (((m | (m - 1)) + 1) % 3) as usize)).collect();
    let mapped: Vec<(usize, usize)> = iterative.iter().map(|&(a, b)| {
        let f = |p: usize| if n % 2 == 0 { [0, 2, 1][p] } else { p };
        (f(a), f(b))
    }).collect();
    println!("iterative agrees: {}", mapped == moves);
}
