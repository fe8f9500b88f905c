use std::cmp::Ordering;

#[derive(Debug, Clone)]
struct Version {
    major: u32,
    minor: u32,
    label: String,
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.major == other.major && self.minor == other.minor
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some((self.major, self.minor).cmp(&(other.major, other.minor)))
    }
}

#[derive(Debug, Clone, Copy)]
struct Approx(f64);

impl PartialEq for Approx {
    fn eq(&self, other: &Approx) -> bool {
        (self.0 - other.0).abs() < 1e-9
    }
}

fn main() {
    let a = Version { major: 1, minor: 2, label: String::from("beta") };
    let b = Version { major: 1, minor: 2, label: String::from("final") };
    let c = Version { major: 2, minor: 0, label: String::from("x") };
    println!("{} {} {} {} {}", a == b, a != c, a < c, c >= b, a.partial_cmp(&c) == Some(Ordering::Less));
    let mut vs = vec![c.clone(), a.clone(), b.clone()];
    vs.sort_by(|x, y| x.partial_cmp(y).unwrap());
    println!("{:?}", vs.iter().map(|v| format!("{}.{}-{}", v.major, v.minor, v.label)).collect::<Vec<_>>());
    println!("{} {}", Approx(0.1 + 0.2) == Approx(0.3), 0.1 + 0.2 == 0.3);
    let max = vs.iter().fold(None, |m: Option<&Version>, v| match m { Some(x) if x >= v => Some(x), _ => Some(v) });
    println!("{:?}", max.map(|v| &v.label));
}
