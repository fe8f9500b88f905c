// When temporaries are dropped: at the end of their statement (also in a `let` initializer, also when a
// method borrowed them), except those a `let` extends (`let r = &make();`, inside tuples and arrays),
// which live to the end of the block, in reverse order with the bindings.
struct Noisy(&'static str);

impl Noisy {
    fn len(&self) -> usize {
        self.0.len()
    }
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(name: &'static str) -> Noisy {
    println!("make {}", name);
    Noisy(name)
}

fn main() {
    let n = make("method-receiver").len();
    println!("after let n = {}", n);
    let r = &make("extended");
    println!("after let r ({})", r.0);
    let both = (&make("in-tuple"), make("moved-into-tuple").len());
    println!("after let both ({}, {})", both.0 .0, both.1);
    let arr = [&make("in-array")];
    println!("after let arr ({})", arr[0].0);
    println!("statement uses {}", make("in-println").len());
    let total = make("a").len() + make("b").len();
    println!("total {}", total);
    match make("scrutinee").len() {
        15 => println!("matched"),
        _ => println!("other"),
    }
    println!("end of main");
}
