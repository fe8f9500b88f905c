// Structs containing structs and arrays; mutation through &mut self and through &mut fields.
struct Stats {
    min: i32,
    max: i32,
    total: i64,
}

struct Series {
    values: [i32; 8],
    len: usize,
    stats: Stats,
}

impl Stats {
    fn empty() -> Stats {
        Stats { min: i32::MAX, max: i32::MIN, total: 0 }
    }

    fn add(&mut self, v: i32) {
        if v < self.min {
            self.min = v;
        }
        if v > self.max {
            self.max = v;
        }
        self.total += v as i64;
    }
}

impl Series {
    fn new() -> Series {
        Series { values: [0; 8], len: 0, stats: Stats::empty() }
    }

    fn push(&mut self, v: i32) -> bool {
        if self.len == self.values.len() {
            return false;
        }
        self.values[self.len] = v;
        self.len += 1;
        self.stats.add(v);
        true
    }

    fn mean(&self) -> f64 {
        self.stats.total as f64 / self.len as f64
    }
}

fn scale(s: &mut Stats, k: i32) {
    s.min *= k;
    s.max *= k;
    s.total *= k as i64;
}

fn main() {
    let mut s = Series::new();
    let data = [5, -3, 12, 7, 0, 9, 4, 1, 100];
    for i in 0..data.len() {
        let ok = s.push(data[i]);
        if !ok {
            println!("full at {}", data[i]);
        }
    }
    println!("len {} min {} max {} total {}", s.len, s.stats.min, s.stats.max, s.stats.total);
    println!("mean {:.3}", s.mean());
    scale(&mut s.stats, -2);
    println!("scaled: {} {} {}", s.stats.min, s.stats.max, s.stats.total);
    let v = &mut s.values[2];
    *v += 1;
    println!("values[2] = {}", s.values[2]);
    let st = &mut s.stats;
    st.add(1000);
    println!("max now {}", s.stats.max);
}
