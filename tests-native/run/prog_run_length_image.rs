// A tiny bitmap: drawing lines and rectangles into Vec<Vec<bool>>, rendering, and run-length rows.
fn line(img: &mut Vec<Vec<bool>>, (x0, y0): (i32, i32), (x1, y1): (i32, i32)) {
    let (dx, dy) = ((x1 - x0).abs(), -(y1 - y0).abs());
    let (sx, sy) = (if x0 < x1 { 1 } else { -1 }, if y0 < y1 { 1 } else { -1 });
    let (mut x, mut y, mut err) = (x0, y0, dx + dy);
    loop {
        img[y as usize][x as usize] = true;
        if x == x1 && y == y1 {
            break;
        }
        let e2 = 2 * err;
        if e2 >= dy {
            err += dy;
            x += sx;
        }
        if e2 <= dx {
            err += dx;
            y += sy;
        }
    }
}

fn main() {
    let (w, h) = (24, 10);
    let mut img = vec![vec![false; w]; h];
    line(&mut img, (0, 0), (23, 9));
    line(&mut img, (0, 9), (23, 0));
    for x in 2..8 {
        img[2][x] = true;
        img[6][x] = true;
    }
    for y in 2..7 {
        img[y][2] = true;
        img[y][7] = true;
    }
    for row in &img {
        println!("{}", row.iter().map(|&b| if b { '#' } else { '.' }).collect::<String>());
    }
    for (y, row) in img.iter().enumerate().take(3) {
        let mut runs = Vec::new();
        let mut cur = row[0];
        let mut n = 0;
        for &b in row {
            if b == cur {
                n += 1;
            } else {
                runs.push(format!("{}{}", n, if cur { 'B' } else { 'W' }));
                cur = b;
                n = 1;
            }
        }
        runs.push(format!("{}{}", n, if cur { 'B' } else { 'W' }));
        println!("row {}: {}", y, runs.join(" "));
    }
    let ink: usize = img.iter().map(|r| r.iter().filter(|&&b| b).count()).sum();
    println!("{} of {} pixels set", ink, w * h);
}
