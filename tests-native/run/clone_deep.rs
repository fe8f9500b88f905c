// .clone() is deep: derived Clone on structs/enums with String, Vec and Box fields, Vec<T>::clone,
// tuples, Option, a recursive list through Box, `T: Clone` generics; clones are independent.
#[derive(Debug, Clone)]
struct S { name: String, n: i32, tags: Vec<String> }

#[derive(Debug, Clone)]
enum L { Nil, Cons(String, Box<L>) }

#[derive(Debug, Clone)]
enum E { A(String), B { v: Vec<i32> }, C }

#[derive(Debug, Clone, Copy)]
struct Pt { x: i32, y: i32 }

fn dup<T: Clone>(x: &T) -> (T, T) { (x.clone(), x.clone()) }

fn main() {
    let a = S { name: String::from("a"), n: 1, tags: vec![String::from("t")] };
    let mut b = a.clone();
    b.name.push_str("bc");
    b.tags[0].push('!');
    b.tags.push(String::from("u"));
    println!("{:?} {:?}", a, b);
    let v = vec![1, 2];
    let mut w = v.clone();
    w.push(3);
    w[0] = 9;
    println!("{:?} {:?}", v, w);
    let es = vec![E::A(String::from("x")), E::B { v: vec![1] }, E::C];
    let mut fs = es.clone();
    if let E::A(s) = &mut fs[0] { s.push_str("yz"); }
    if let E::B { v } = &mut fs[1] { v.push(2); }
    println!("{:?}", es);
    println!("{:?}", fs);
    let (p, q) = dup(&String::from("s"));
    let (mut r, t) = dup(&vec![String::from("k")]);
    r.push(String::from("l"));
    println!("{} {} {:?} {:?} {:?}", p, q, r, t, dup(&Pt { x: 3, y: 4 }));
    let tup = (String::from("t"), 5, vec![1]);
    let mut tup2 = tup.clone();
    tup2.0.push('2');
    tup2.2.push(2);
    println!("{:?} {:?}", tup, tup2);
    let o = Some(String::from("opt"));
    let mut o2 = o.clone();
    if let Some(s) = &mut o2 { s.push('?'); }
    println!("{:?} {:?}", o, o2);
    let bx = Box::new(String::from("b"));
    let mut by = bx.clone();
    by.push('!');
    println!("{:?} {:?} {}", bx, by, a.n + dup(&Pt { x: 1, y: 2 }).0.x + Pt { x: 0, y: 5 }.y);
    let l = L::Cons(String::from("h"), Box::new(L::Cons(String::from("t"), Box::new(L::Nil))));
    let mut l2 = l.clone();
    if let L::Cons(s, rest) = &mut l2 {
        s.push('2');
        if let L::Cons(s2, _) = &mut **rest { s2.push('3'); }
    }
    for list in [&l, &l2] {
        let mut cur = list;
        while let L::Cons(s, next) = cur { print!("{} ", s); cur = &**next; }
        println!();
    }
}
