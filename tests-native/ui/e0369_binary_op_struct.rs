// Binary operators are not defined for user structs.
struct V2 {
    x: i32,
    y: i32,
}

fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = V2 { x: 3, y: 4 };
    let c = a + b; //~ ERROR cannot add `V2` to `V2`
    println!("{}", c.x + c.y);
}
