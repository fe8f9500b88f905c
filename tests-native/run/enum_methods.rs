// Methods on enums: match self / *self, constructors returning Self, state transitions.
enum Light {
    Red,
    Yellow,
    Green,
    Blinking(u32),
}

impl Light {
    fn start() -> Self {
        Light::Red
    }

    fn next(&self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
            Light::Blinking(n) => {
                if *n > 1 { Light::Blinking(*n - 1) } else { Light::Red }
            }
        }
    }

    fn duration(&self) -> u32 {
        match *self {
            Light::Red => 30,
            Light::Yellow => 5,
            Light::Green => 25,
            Light::Blinking(_) => 1,
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Light::Red => "red",
            Light::Yellow => "yellow",
            Light::Green => "green",
            Light::Blinking(_) => "blinking",
        }
    }

    fn advance(&mut self) {
        *self = self.next();
    }
}

fn main() {
    let mut l = Light::start();
    let mut elapsed = 0;
    for _ in 0..7 {
        println!("{:>8} for {:2}s", l.name(), l.duration());
        elapsed += l.duration();
        l.advance();
    }
    println!("elapsed {}", elapsed);
    let mut b = Light::Blinking(3);
    for _ in 0..4 {
        print!("{} ", b.name());
        b = b.next();
    }
    println!("{}", b.name());
}
