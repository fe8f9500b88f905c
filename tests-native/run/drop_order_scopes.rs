// Drop order: reverse declaration order at the end of each scope, temporaries at the end of their
// statement, fields in declaration order after the value's own `drop`, `let _ =` drops at once.
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn noisy(name: &str) -> Noisy {
    Noisy { name: name.to_string() }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop pair ({}, {})", self.first.name, self.second.name);
    }
}

struct Plain {
    a: Noisy,
    b: Noisy,
}

fn len_of(n: &Noisy) -> usize {
    n.name.len()
}

fn main() {
    let _a = noisy("a");
    let _b = noisy("b");
    {
        let _c = noisy("c");
        let _d = noisy("d");
        println!("inner scope ends");
    }
    let _ = noisy("underscore");
    println!("temporary length {}", len_of(&noisy("temp")));
    let _pair = Pair { first: noisy("p1"), second: noisy("p2") };
    let plain = Plain { a: noisy("f1"), b: noisy("f2") };
    println!("plain {} {}", plain.a.name, plain.b.name);
    let tuple = (noisy("t1"), noisy("t2"));
    let arr = [noisy("e1"), noisy("e2"), noisy("e3")];
    println!("{} {}", tuple.0.name, arr.len());
    let shadow = noisy("shadow1");
    let shadow = Noisy { name: format!("{}-again", shadow.name) };
    println!("shadowed {}", shadow.name);
    let mut x = noisy("x1");
    println!("before {}", x.name);
    x = noisy("x2");
    println!("assigned {}", x.name);
    println!("main ends");
}
