//@ test
// What the test harness cannot call: arguments, type parameters, a return type other than () or Result.
#[test]
fn takes(x: i32) { //~ ERROR functions used as tests can not have any arguments
    assert!(x > 0);
}

#[test]
fn generic<T>() {} //~ ERROR functions used as tests can not have any non-lifetime generic parameters

#[test]
fn returns() -> i32 { //~ ERROR E0277
    1
}

#[test]
fn fine() {}
