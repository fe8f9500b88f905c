// N-queens by backtracking for N = 1..=8, printing the first solution for N = 8.
const MAXN: usize = 8;

struct Solver {
    n: usize,
    cols: [usize; MAXN],
    count: u32,
    first: [usize; MAXN],
    found: bool,
    nodes: u64,
}

impl Solver {
    fn new(n: usize) -> Solver {
        Solver { n, cols: [0; MAXN], count: 0, first: [0; MAXN], found: false, nodes: 0 }
    }

    fn safe(&self, row: usize, col: usize) -> bool {
        for r in 0..row {
            let c = self.cols[r];
            if c == col {
                return false;
            }
            let dr = row - r;
            let dc = if c > col { c - col } else { col - c };
            if dr == dc {
                return false;
            }
        }
        true
    }

    fn solve(&mut self, row: usize) {
        self.nodes += 1;
        if row == self.n {
            self.count += 1;
            if !self.found {
                self.found = true;
                self.first = self.cols;
            }
            return;
        }
        for col in 0..self.n {
            if self.safe(row, col) {
                self.cols[row] = col;
                self.solve(row + 1);
            }
        }
    }
}

fn main() {
    for n in 1..=MAXN {
        let mut s = Solver::new(n);
        s.solve(0);
        println!("n = {}: {:>3} solutions, {:>5} nodes", n, s.count, s.nodes);
        if n == MAXN {
            for r in 0..n {
                for c in 0..n {
                    print!("{}", if s.first[r] == c { " Q" } else { " ." });
                }
                println!();
            }
        }
    }
}
