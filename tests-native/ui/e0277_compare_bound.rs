// A generic function's `T: PartialEq` / `T: PartialOrd` bound must hold for the type it is called with.
struct Q {
    a: i32,
}

#[derive(PartialEq)]
struct R {
    a: i32,
}

fn has<T: PartialEq>(v: &Vec<T>, x: &T) -> bool {
    v.len() > 0 && v[0] == *x
}

fn biggest<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn main() {
    let v = vec![Q { a: 1 }];
    println!("{}", has(&v, &Q { a: 1 })); //~ ERROR can't compare `Q` with `Q`
    let r = biggest(R { a: 1 }, R { a: 2 }); //~ ERROR can't compare `R` with `R`
    println!("{}", r.a);
    println!("{}", has(&vec![R { a: 1 }], &R { a: 1 }));
}
