fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 0..10 {
        v.push(i * i);
    }
    println!("{} {}", v.len(), v.capacity());
    println!("{} {}", v.pop().unwrap(), v.len());
    match v.get(3) {
        Some(x) => println!("v[3] = {}", x),
        None => println!("none"),
    }
    v.insert(0, -1);
    let r = v.remove(2);
    println!("removed {} first {} last {}", r, v.first().unwrap(), v.last().unwrap());
    v.reverse();
    while let Some(x) = v.pop() {
        print!("{} ", x);
    }
    println!();
}
