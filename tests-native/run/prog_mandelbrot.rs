// ASCII Mandelbrot set with f64 arithmetic, plus escape-time statistics.
const W: i32 = 60;
const H: i32 = 24;
const MAX_ITER: u32 = 200;

fn escape_time(cr: f64, ci: f64) -> u32 {
    let mut zr = 0.0;
    let mut zi = 0.0;
    let mut i = 0;
    while i < MAX_ITER {
        let zr2 = zr * zr;
        let zi2 = zi * zi;
        if zr2 + zi2 > 4.0 {
            return i;
        }
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        i += 1;
    }
    MAX_ITER
}

fn shade(t: u32) -> char {
    let palette = [' ', '.', ':', '-', '=', '+', '*', '#', '%', '@'];
    if t >= MAX_ITER {
        return '@';
    }
    let idx = (t as usize * (palette.len() - 1)) / 40;
    if idx >= palette.len() - 1 { palette[palette.len() - 2] } else { palette[idx] }
}

fn main() {
    let mut inside = 0;
    let mut total_iter: u64 = 0;
    let mut histogram = [0u32; 5];
    for y in 0..H {
        let ci = -1.2 + 2.4 * (y as f64) / ((H - 1) as f64);
        for x in 0..W {
            let cr = -2.1 + 2.9 * (x as f64) / ((W - 1) as f64);
            let t = escape_time(cr, ci);
            total_iter += t as u64;
            if t == MAX_ITER {
                inside += 1;
            }
            let b = match t {
                0..=2 => 0,
                3..=5 => 1,
                6..=20 => 2,
                21..=199 => 3,
                _ => 4,
            };
            histogram[b] += 1;
            print!("{}", shade(t));
        }
        println!();
    }
    let area = 2.9 * 2.4 * inside as f64 / (W * H) as f64;
    println!("inside: {} of {} (area estimate {:.4})", inside, W * H, area);
    println!("mean escape time {:.2}", total_iter as f64 / (W * H) as f64);
    println!("histogram: {} {} {} {} {}", histogram[0], histogram[1], histogram[2], histogram[3], histogram[4]);
}
