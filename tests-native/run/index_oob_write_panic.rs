// Out-of-bounds store into a nested array inside a loop.
fn main() {
    let mut grid = [[0u8; 4]; 3];
    let mut r = 0;
    while r <= 3 {
        for c in 0..4 {
            grid[r][c] = (r * 4 + c) as u8;
        }
        println!("row {} filled, last = {}", r, grid[r][3]);
        r += 1;
    }
}
