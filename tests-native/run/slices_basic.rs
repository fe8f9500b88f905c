fn sum(xs: &[i32]) -> i32 {
    xs.iter().sum()
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut m = xs[0];
    for &x in xs {
        if x > m {
            m = x;
        }
    }
    m
}

fn double_all(xs: &mut [i32]) {
    for x in xs.iter_mut() {
        *x *= 2;
    }
}

fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let a = [10, 20, 30];
    println!("{} {} {}", sum(&v), sum(&a), sum(&v[2..5]));
    println!("{} {} {}", largest(&v), largest(&[2.5, 7.25, 1.0]), largest(&['x', 'b']));
    let mut w = v.clone();
    double_all(&mut w);
    double_all(&mut w[..2]);
    println!("{:?}", w);
    let s: &[i32] = &v[1..=3];
    println!("{:?} {} {:?} {:?}", s, s.len(), s.first(), s.last());
    println!("{:?}", &v[5..]);
    for win in v.windows(3) {
        print!("{} ", win.iter().sum::<i32>());
    }
    println!();
    for c in v.chunks(3) {
        print!("{:?} ", c);
    }
    println!();
    println!("{}", first_word("hello world"));
    let text = String::from("hello, wasm");
    println!("[{}] [{}] [{}]", &text[0..5], &text[7..], &text[..]);
    println!("{} {}", s.contains(&4), s == &[1, 4, 1]);
    let (l, r) = v.split_at(3);
    println!("{:?} {:?} {:?}", l, r, l.to_vec());
    let mut arr = [5, 3, 8, 1];
    let tail = &mut arr[1..];
    tail.sort();
    println!("{:?}", arr);
}
