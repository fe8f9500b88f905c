#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);

mod convert {
    pub use self::units::Feet;
    pub mod units {
        #[derive(Debug)]
        pub struct Feet(pub f64);
    }
    impl super::Meters {
        pub fn to_feet(self) -> Feet {
            Feet(self.0 * 3.28084)
        }
    }
    pub(crate) fn scale<T: std::ops::Mul<Output = T> + Copy>(x: T, k: T) -> T {
        x * k
    }
    pub trait Describe {
        fn describe(&self) -> String;
    }
}

mod report {
    use crate::convert::Describe;
    use super::Meters;
    impl Describe for Meters {
        fn describe(&self) -> String {
            format!("{} m", self.0)
        }
    }
    pub fn all(v: &[Meters]) -> Vec<String> {
        v.iter().map(|m| m.describe()).collect()
    }
    pub const LIMIT: usize = 2;
    pub static NAME: &str = "report";
}

use convert::{scale, Describe};

fn main() {
    let m = Meters(10.0);
    let f: convert::Feet = m.to_feet();
    println!("{:?} {:?}", m, f);
    println!("{} {}", scale(3, 4), convert::scale(1.5, 2.0));
    println!("{}", m.describe());
    let v = vec![Meters(1.0), Meters(2.5), Meters(4.0)];
    let r = report::all(&v);
    println!("{:?} {}", &r[..report::LIMIT], report::NAME);
    let u = convert::units::Feet(2.0);
    println!("{:?} {}", u, u.0);
    {
        use std::collections::HashMap;
        let mut h = HashMap::new();
        h.insert("k", 1);
        println!("{:?}", h.get("k"));
    }
}
