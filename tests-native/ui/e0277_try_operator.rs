// `?` needs an Option/Result operand and a function that returns Option/Result.
fn first_even(v: &Vec<i32>) -> i32 {
    let x = v.get(0)?; //~ ERROR E0277
    *x
}

fn half(n: i32) -> Option<i32> {
    let h = n?; //~ ERROR E0277
    Some(h / 2)
}

fn main() {
    println!("{} {:?}", first_even(&vec![2]), half(4).is_some());
}
