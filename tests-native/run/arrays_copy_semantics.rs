// Arrays of Copy types are Copy: assignment and passing copy the whole array.
fn bump(mut arr: [u32; 3]) -> [u32; 3] {
    arr[0] += 1;
    arr
}

fn main() {
    let a = [1u32, 2, 3];
    let mut b = a;
    b[0] = 100;
    println!("a[0] = {}, b[0] = {}", a[0], b[0]);
    let c = bump(a);
    println!("a[0] = {}, c[0] = {}", a[0], c[0]);
    let grid = [[1, 2], [3, 4]];
    let mut g2 = grid;
    g2[1][1] = 40;
    println!("{} {}", grid[1][1], g2[1][1]);
    let mut rows = [[0; 2]; 2];
    rows[0] = grid[1];
    rows[0][0] = -3;
    println!("{} {}", rows[0][0], grid[1][0]);
    let t = (a, 5);
    let mut t2 = t;
    t2.0[2] = 9;
    println!("{} {}", t.0[2], t2.0[2]);
}
