// Vec::sort needs `T: Ord`: deriving PartialOrd alone is not enough.
#[derive(Debug, PartialEq, PartialOrd)]
struct Pt {
    x: f64,
}

#[derive(PartialEq, PartialOrd)]
struct Id {
    n: u32,
}

fn main() {
    let mut v = vec![Pt { x: 2.0 }, Pt { x: 1.0 }];
    v.sort(); //~ ERROR the trait bound `Pt: Ord` is not satisfied
    println!("{}", v[0] < v[1]);
    let mut w = vec![Id { n: 2 }];
    w.sort(); //~ ERROR the trait bound `Id: Ord` is not satisfied
}
