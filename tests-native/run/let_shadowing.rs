// `let` shadowing: a new binding may change type and value; inner blocks shadow temporarily.
fn main() {
    let x = 5;
    println!("x = {}", x);
    let x = x * 2;
    println!("x = {}", x);
    {
        let x = "inner";
        println!("x = {}", x);
        let x = 'c';
        println!("x = {}", x);
    }
    println!("x = {}", x);
    let x = x as f64 / 4.0;
    println!("x = {}", x);
    let x = x > 2.0;
    println!("x = {}", x);
    let y = 1;
    let y = y + 1;
    let y = y * y;
    println!("y = {y}");
}
