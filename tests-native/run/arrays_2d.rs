// Nested arrays [[T; N]; M]: indexing, row copies, identity and transpose.
const N: usize = 4;

fn main() {
    let mut m = [[0i32; N]; N];
    for r in 0..N {
        for c in 0..N {
            m[r][c] = (r * N + c) as i32;
        }
    }
    for r in 0..N {
        for c in 0..N {
            print!("{:3}", m[r][c]);
        }
        println!();
    }
    let mut t = [[0i32; N]; N];
    for r in 0..N {
        for c in 0..N {
            t[c][r] = m[r][c];
        }
    }
    println!("t[1][3] = {}, m[3][1] = {}", t[1][3], m[3][1]);
    let mut row = m[2];
    row[0] = -1;
    println!("row[0] = {}, m[2][0] = {}", row[0], m[2][0]);
    let mut id = [[0u8; 3]; 3];
    for i in 0..3 {
        id[i][i] = 1;
    }
    for r in 0..3 {
        println!("{} {} {}", id[r][0], id[r][1], id[r][2]);
    }
    let cube = [[[1u8; 2]; 3]; 4];
    println!("{} {} {}", cube.len(), cube[0].len(), cube[0][0].len());
    let mut trace = 0;
    for i in 0..N {
        trace += m[i][i];
    }
    println!("trace = {}", trace);
}
