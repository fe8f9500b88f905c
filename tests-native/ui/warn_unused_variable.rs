// Unused bindings produce warnings; names starting with `_` do not.
fn compute(unused_param: i32) -> i32 { //~ WARN unused variable: `unused_param`
    let _ignored = 3;
    7
}

fn main() {
    let x = 5; //~ WARN unused variable: `x`
    let y = compute(1);
    println!("{}", y);
    for i in 0..3 { //~ WARN unused variable: `i`
        println!("tick");
    }
}
