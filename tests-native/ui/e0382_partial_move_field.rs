// Moving a field out leaves the struct partially moved.
#[derive(Debug)]
struct User {
    name: String,
    email: String,
    age: u32,
}

fn main() {
    let u = User { name: String::from("a"), email: String::from("b"), age: 3 };
    let n = u.name;
    println!("{} {} {}", n, u.email, u.age);
    println!("{:?}", u); //~ ERROR borrow of partially moved value: `u`
}
