// Blocks are expressions: their value is the trailing expression; statements end with `;`.
fn main() {
    let a = {
        let x = 3;
        let y = 4;
        x * x + y * y
    };
    println!("a = {}", a);
    let b = {
        let t = a;
        {
            let u = t + 1;
            u * 2
        }
    };
    println!("b = {}", b);
    let c = {
        println!("inside block");
        'c'
    };
    println!("c = {}", c);
    let d = { 5 } + { 6 };
    println!("d = {}", d);
    let e = {};
    let () = e;
    let mut counter = 0;
    {
        counter += 1;
        {
            counter += 10;
        }
    }
    println!("counter = {}", counter);
    let f = if counter > 5 { "yes" } else { "no" };
    println!("f = {}", f);
}
