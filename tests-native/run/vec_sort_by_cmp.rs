use std::cmp::Ordering;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 2, 7, 3, 10, 4, 6, 0, 11];
    v.sort();
    println!("{:?}", v);
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    v.sort_by_key(|x| (x % 3, *x));
    println!("{:?}", v);
    v.retain(|&x| x % 2 == 0);
    println!("{:?}", v);
    let mut people = vec![
        Person { name: String::from("Zoe"), age: 30 },
        Person { name: String::from("Adam"), age: 25 },
        Person { name: String::from("Mia"), age: 30 },
        Person { name: String::from("Bob"), age: 19 },
    ];
    people.sort_by(|a, b| b.age.cmp(&a.age).then_with(|| a.name.cmp(&b.name)));
    for p in &people {
        println!("{} {}", p.name, p.age);
    }
    people.sort_by_key(|p| p.age);

    println!("{:?}", 3.cmp(&4));
    println!("{:?}", 2.5f64.partial_cmp(&1.0));
    println!("{:?}", f64::NAN.partial_cmp(&1.0));
    println!("{:?}", "abc".cmp("abd"));
    let mut w = vec![1, 1, 2, 3, 3, 3, 4, 1];
    w.dedup_by_key(|x| *x / 2);
    println!("{:?}", w);
    let s = vec![1, 3, 5, 7, 9];
    println!("{:?} {:?}", s.binary_search_by(|x| x.cmp(&7)), s.binary_search_by_key(&4, |x| *x));
    let mut fl = vec![2.5, -1.0, 3.25, 0.0];
    fl.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", fl);
    let o = people[0].cmp(&people[1]);
    println!("{:?}", o);
    let mut r: Vec<i32> = Vec::new();
    r.resize_with(4, || 7);
    println!("{:?}", r);
    let _ = Ordering::Equal;
}
