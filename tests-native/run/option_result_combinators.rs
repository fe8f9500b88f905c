use std::cmp::Ordering;

fn main() {
    let a: Option<i32> = Some(4);
    let b: Option<i32> = None;
    println!("{:?} {:?}", a.map(|x| x * 2), b.map(|x| x * 2));
    println!("{:?}", a.and_then(|x| if x > 3 { Some(x + 1) } else { None }));
    println!("{}", b.unwrap_or_else(|| 99));
    println!("{}", a.map_or(0, |x| x + 10));
    println!("{:?}", a.filter(|x| *x % 2 == 1));
    let r: Result<i32, String> = Err(String::from("bad"));
    println!("{:?}", r.clone().map(|x| x + 1));
    println!("{:?}", r.clone().map_err(|e| e.len()));
    println!("{}", r.unwrap_or_else(|e| e.len() as i32 * 100));
    let ok: Result<i32, String> = Ok(3);
    println!("{:?}", ok.and_then(|x| if x > 1 { Ok(x * 10) } else { Err(String::from("small")) }));
    let mut o = Some(5);
    let t = o.take();
    println!("{:?} {:?}", o, t);
    let o2 = o.get_or_insert_with(|| 7);
    *o2 += 1;
    println!("{:?}", o);
    let ord = Ordering::Less;
    println!("{:?} {:?} {:?}", ord, ord.reverse(), Ordering::Equal.then(Ordering::Greater));
    println!("{}", Some(3).is_some_and(|x| x > 2));
}
