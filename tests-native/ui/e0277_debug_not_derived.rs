// `{:?}` and assert_eq! need Debug; `==` needs PartialEq; clone() needs Clone.
struct Plain {
    v: i32,
}

#[derive(Debug)]
struct OnlyDebug {
    v: i32,
}

fn main() {
    let p = Plain { v: 1 };
    let d = OnlyDebug { v: 2 };
    println!("{:?}", p); //~ ERROR E0277
    println!("{}", d == OnlyDebug { v: 2 }); //~ ERROR E0369
    let c = d.clone(); //~ ERROR E0599
    println!("{:?} {}", d, p.v + c.v);
}
