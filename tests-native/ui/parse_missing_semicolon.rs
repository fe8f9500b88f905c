// Two statements without a `;` between them.
fn main() {
    let x = 5 //~ ERROR expected `;`, found keyword `let`
    let y = 6;
    println!("{} {}", x, y);
}
