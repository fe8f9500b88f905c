// One generic trait, several instances as objects: each `dyn Convert<T>` dispatches among the types
// that implement that instance.
trait Convert<T> {
    fn convert(&self, x: T) -> String;
}

struct Hex;
struct Stars;

impl Convert<u32> for Hex {
    fn convert(&self, x: u32) -> String {
        format!("{:x}", x)
    }
}

impl Convert<u32> for Stars {
    fn convert(&self, x: u32) -> String {
        "*".repeat(x as usize)
    }
}

impl Convert<&str> for Stars {
    fn convert(&self, x: &str) -> String {
        format!("*{}*", x)
    }
}

fn main() {
    let convs: Vec<&dyn Convert<u32>> = vec![&Hex, &Stars];
    for c in &convs {
        println!("{}", c.convert(11));
    }
    let s: &dyn Convert<&str> = &Stars;
    println!("{}", s.convert("hi"));
}
