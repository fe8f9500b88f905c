// NLL: a borrow ends where no variable that may hold it is live any more, even when the variable is
// assigned a new reference later (its region is the set of points where it is live, and the path
// from the old borrow to a later use leaves it). rustc accepts all of these.
struct Holder<'a> {
    r: &'a Vec<i32>,
}

fn main() {
    // a shared borrow replaced by another one before the mutation
    let mut v = vec![1];
    let w = vec![2];
    let mut r = &v;
    println!("{}", r[0]);
    r = &w;
    v.push(3);
    println!("{} {:?}", r[0], v);

    // a mutable one
    let mut a = vec![1];
    let mut b = vec![2];
    let mut m = &mut a;
    m.push(10);
    m = &mut b;
    a.push(20);
    m.push(30);
    println!("{:?} {:?}", a, b);

    // reassigned in both branches of an `if`
    let mut c = vec![5];
    let d = vec![6];
    let e = vec![7];
    let mut s = &c;
    println!("{}", s[0]);
    if d.len() > e.len() {
        s = &d;
    } else {
        s = &e;
    }
    c.push(8);
    println!("{} {:?}", s[0], c);

    // copied after the reassignment: the copy holds only the new borrow
    let mut f = vec![1];
    let g = vec![2];
    let mut x = &f;
    println!("{}", x[0]);
    x = &g;
    let y = x;
    f.push(4);
    println!("{} {} {:?}", x[0], y[0], f);

    // a struct holding a reference, replaced as a whole
    let mut h = vec![1];
    let k = vec![9];
    let mut st = Holder { r: &h };
    println!("{}", st.r[0]);
    st = Holder { r: &k };
    h.push(2);
    println!("{} {:?}", st.r[0], h);

    // an Option of a reference set to None
    let mut n = vec![3];
    let mut o: Option<&Vec<i32>> = Some(&n);
    if let Some(z) = o {
        println!("{}", z[0]);
    }
    o = None;
    n.push(4);
    println!("{:?} {:?}", o, n);

    // in a loop: each iteration's borrow is replaced before the next mutation
    let mut acc = vec![0];
    let fixed = vec![100];
    let mut cur = &fixed;
    for i in 0..3 {
        println!("{}", cur[0]);
        acc.push(i);
        cur = &acc;
    }
    println!("{}", cur.len());
}
