// Conway's Game of Life on a 12x12 torus with a glider and a blinker.
const W: usize = 12;
const H: usize = 12;

struct Board {
    cells: [[bool; W]; H],
    generation: u32,
}

impl Board {
    fn empty() -> Board {
        Board { cells: [[false; W]; H], generation: 0 }
    }

    fn set(&mut self, r: usize, c: usize) {
        self.cells[r % H][c % W] = true;
    }

    fn neighbours(&self, r: usize, c: usize) -> u8 {
        let mut n = 0;
        for dr in 0..3 {
            for dc in 0..3 {
                if dr == 1 && dc == 1 {
                    continue;
                }
                let rr = (r + H + dr - 1) % H;
                let cc = (c + W + dc - 1) % W;
                if self.cells[rr][cc] {
                    n += 1;
                }
            }
        }
        n
    }

    fn step(&mut self) {
        let mut next = [[false; W]; H];
        for r in 0..H {
            for c in 0..W {
                let n = self.neighbours(r, c);
                next[r][c] = match (self.cells[r][c], n) {
                    (true, 2) | (true, 3) => true,
                    (false, 3) => true,
                    _ => false,
                };
            }
        }
        self.cells = next;
        self.generation += 1;
    }

    fn population(&self) -> u32 {
        let mut p = 0;
        for r in 0..H {
            for c in 0..W {
                p += self.cells[r][c] as u32;
            }
        }
        p
    }

    fn print(&self) {
        println!("generation {} population {}", self.generation, self.population());
        for r in 0..H {
            for c in 0..W {
                print!("{}", if self.cells[r][c] { '#' } else { '.' });
            }
            println!();
        }
    }
}

fn main() {
    let mut b = Board::empty();
    b.set(0, 1);
    b.set(1, 2);
    b.set(2, 0);
    b.set(2, 1);
    b.set(2, 2);
    b.set(8, 7);
    b.set(8, 8);
    b.set(8, 9);
    b.print();
    for _ in 0..4 {
        b.step();
    }
    b.print();
    let mut history = [0u32; 48];
    for i in 0..history.len() {
        b.step();
        history[i] = b.population();
    }
    b.print();
    print!("populations:");
    for i in 0..history.len() {
        if i % 8 == 0 {
            print!(" {}", history[i]);
        }
    }
    println!();
}
