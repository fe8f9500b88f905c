// Auto-deref: method calls and field access through &, &mut and && without explicit `*`.
struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    fn len2(&self) -> f64 {
        self.x * self.x + self.y * self.y
    }

    fn scale(&mut self, k: f64) {
        self.x *= k;
        self.y *= k;
    }
}

fn through_ref(v: &Vec2) -> f64 {
    v.x + v.len2()
}

fn through_mut(v: &mut Vec2) {
    v.scale(2.0);
    v.y += 1.0;
}

fn main() {
    let mut v = Vec2 { x: 3.0, y: 4.0 };
    println!("{}", v.len2());
    println!("{}", through_ref(&v));
    through_mut(&mut v);
    println!("{} {}", v.x, v.y);
    let r = &v;
    let rr = &r;
    println!("{} {} {}", r.x, rr.y, rr.len2());
    let m = &mut v;
    m.scale(0.5);
    m.x -= 1.0;
    println!("{} {}", v.x, v.y);
    let arr = [1, 2, 3];
    let ra = &arr;
    println!("{} {}", ra.len(), ra[1]);
    let mut arr2 = [5u8; 3];
    let ma = &mut arr2;
    ma[0] = 1;
    println!("{} {}", ma.len(), arr2[0]);
}
