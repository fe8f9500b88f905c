// Tuple structs, newtypes and unit structs with impls.
struct Meters(f64);
struct Color(u8, u8, u8);
struct Pair(i32, i32);
struct Unit;

impl Unit {
    fn describe(&self) -> &'static str {
        "I am a unit struct"
    }
}

impl Color {
    fn gray(v: u8) -> Color {
        Color(v, v, v)
    }

    fn luma(&self) -> u32 {
        (self.0 as u32 * 299 + self.1 as u32 * 587 + self.2 as u32 * 114) / 1000
    }
}

fn total(a: Meters, b: Meters) -> Meters {
    Meters(a.0 + b.0)
}

fn main() {
    let d = total(Meters(1.5), Meters(2.25));
    println!("{} m", d.0);
    let c = Color(255, 128, 0);
    println!("rgb({}, {}, {}) luma {}", c.0, c.1, c.2, c.luma());
    let g = Color::gray(100);
    println!("gray luma {}", g.luma());
    let mut p = Pair(1, 2);
    p.0 += 10;
    p.1 *= -1;
    println!("{} {}", p.0, p.1);
    let Pair(a, b) = p;
    println!("{}", a + b);
    let u = Unit;
    println!("{}", u.describe());
    println!("{}", Unit.describe());
}
