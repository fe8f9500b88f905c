// Vec::contains needs `T: PartialEq`; Vec::sort needs `T: Ord` (floats are only PartialOrd).
struct Q {
    a: i32,
}

#[derive(PartialEq)]
struct R {
    a: i32,
}

fn main() {
    let v = vec![Q { a: 1 }];
    println!("{}", v.contains(&Q { a: 1 })); //~ ERROR can't compare `Q` with `Q`
    let mut w = vec![R { a: 2 }, R { a: 1 }];
    w.sort(); //~ ERROR the trait bound `R: Ord` is not satisfied
    println!("{}", w[0].a);
    let mut f = vec![2.5f64, 0.5];
    f.sort(); //~ ERROR the trait bound `f64: Ord` is not satisfied
    println!("{:?}", f);
}
