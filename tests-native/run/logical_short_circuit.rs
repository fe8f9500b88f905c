// && and || evaluate their right operand only when needed.
fn check(label: &str, result: bool) -> bool {
    println!("  evaluated {}", label);
    result
}

fn five() -> usize {
    5
}

fn main() {
    println!("true && false:");
    let a = check("left", true) && check("right", false);
    println!("= {}", a);
    println!("false && true:");
    let b = check("left", false) && check("right", true);
    println!("= {}", b);
    println!("true || false:");
    let c = check("left", true) || check("right", false);
    println!("= {}", c);
    println!("false || true:");
    let d = check("left", false) || check("right", true);
    println!("= {}", d);
    println!("chained:");
    let e = check("a", false) || check("b", true) && check("c", false);
    println!("= {}", e);
    let arr = [1, 2, 3];
    let i = five();
    if i < arr.len() && arr[i] > 0 {
        println!("unreachable");
    } else {
        println!("guarded index avoided");
    }
    println!("{}", !(true && false) || false);
}
