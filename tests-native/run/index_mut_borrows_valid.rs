// `&mut v[i]` borrows that rustc accepts: one after the other, the index computed from another element,
// assignments between elements, and a reborrow passed to a function.
fn bump(x: &mut i32) {
    *x += 100;
}

fn main() {
    let mut v = vec![1, 2, 3, 4];
    let a = &mut v[0];
    *a += 10;
    let b = &mut v[1];
    *b += 20;
    let i = v[3] as usize - 2;
    let c = &mut v[i];
    *c *= 2;
    v[0] = v[1] + v[2];
    bump(&mut v[3]);
    let w = vec![2usize];
    let d = &mut v[w[0]];
    *d -= 1;
    let mut grid = vec![vec![0; 3]; 2];
    let cell = &mut grid[1][2];
    *cell = 7;
    println!("{:?} {:?}", v, grid);
}
