// Tic-tac-toe: a board as [Option<char>; 9], win detection with line tables, and perfect play by minimax.
const LINES: [[usize; 3]; 8] = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];

fn winner(b: &[Option<char>; 9]) -> Option<char> {
    for l in LINES.iter() {
        if let Some(p) = b[l[0]] {
            if b[l[1]] == Some(p) && b[l[2]] == Some(p) {
                return Some(p);
            }
        }
    }
    None
}

fn minimax(b: &mut [Option<char>; 9], player: char, nodes: &mut u32) -> i32 {
    *nodes += 1;
    if let Some(w) = winner(b) {
        return if w == 'X' { 1 } else { -1 };
    }
    if b.iter().all(|c| c.is_some()) {
        return 0;
    }
    let mut best = if player == 'X' { -2 } else { 2 };
    for i in 0..9 {
        if b[i].is_none() {
            b[i] = Some(player);
            let v = minimax(b, if player == 'X' { 'O' } else { 'X' }, nodes);
            b[i] = None;
            best = if player == 'X' { best.max(v) } else { best.min(v) };
        }
    }
    best
}

fn show(b: &[Option<char>; 9]) {
    for r in 0..3 {
        let row: String = (0..3).map(|c| b[r * 3 + c].unwrap_or('.')).collect();
        println!("{}", row);
    }
}

fn main() {
    let mut b: [Option<char>; 9] = [None; 9];
    let mut player = 'X';
    let mut total_nodes = 0;
    while winner(&b).is_none() && b.iter().any(|c| c.is_none()) {
        let mut best_move = 9;
        let mut best_val = if player == 'X' { -2 } else { 2 };
        for i in 0..9 {
            if b[i].is_none() {
                b[i] = Some(player);
                let mut nodes = 0;
                let v = minimax(&mut b, if player == 'X' { 'O' } else { 'X' }, &mut nodes);
                total_nodes += nodes;
                b[i] = None;
                if (player == 'X' && v > best_val) || (player == 'O' && v < best_val) {
                    best_val = v;
                    best_move = i;
                }
            }
        }
        b[best_move] = Some(player);
        player = if player == 'X' { 'O' } else { 'X' };
    }
    show(&b);
    println!("winner: {:?} after searching {} positions", winner(&b), total_nodes);
}
