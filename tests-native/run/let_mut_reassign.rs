// `let mut` bindings, reassignment and deferred initialization.
fn main() {
    let mut count = 0;
    count = count + 1;
    count += 10;
    println!("count = {}", count);

    let later: i32;
    if count > 5 {
        later = 100;
    } else {
        later = -100;
    }
    println!("later = {}", later);

    let mut a = 1u64;
    let mut i = 0;
    while i < 10 {
        a = a * 3;
        i += 1;
    }
    println!("3^10 = {}", a);

    let mut flag = false;
    println!("flag = {}", flag);
    flag = !flag;
    println!("flag = {}", flag);

    let mut c = 'a';
    println!("c = {}", c);
    c = 'z';
    println!("c = {}", c);
}
