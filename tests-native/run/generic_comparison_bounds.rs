// Comparison bounds on generics: `T: PartialEq`, `T: Eq`, `T: PartialOrd`, `T: Ord`, with the
// concrete types' own comparisons (numbers, chars, &str, String, tuples, Option, derived structs).
#[derive(Debug, PartialEq, Clone)]
struct Person { name: String, age: u32 }

#[derive(Debug, PartialEq, Clone, Copy)]
enum Color { Red, Green, Rgb(u8, u8, u8) }

fn count_eq<T: PartialEq>(v: &Vec<T>, x: &T) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < v.len() {
        if &v[i] == x { n += 1; }
        i += 1;
    }
    n
}

fn insertion_sort<T: PartialOrd + Copy>(v: &mut Vec<T>) {
    let mut i = 1;
    while i < v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
        i += 1;
    }
}

fn max_of<T>(a: T, b: T) -> T where T: Ord {
    if a >= b { a } else { b }
}

fn all_same<T: Eq>(a: &[T; 3]) -> bool {
    a[0] == a[1] && a[1] != a[2] || a[0] == a[2]
}

struct Stack<T> { items: Vec<T> }
impl<T: PartialEq> Stack<T> {
    fn has(&self, x: &T) -> bool {
        let mut i = 0;
        while i < self.items.len() {
            if self.items[i] == *x { return true; }
            i += 1;
        }
        false
    }
}

fn main() {
    let people = vec![
        Person { name: String::from("Ann"), age: 30 },
        Person { name: String::from("Bob"), age: 25 },
        Person { name: String::from("Ann"), age: 30 },
    ];
    let ann = Person { name: String::from("Ann"), age: 30 };
    println!("{}", count_eq(&people, &ann));
    println!("{}", people[0] == people[1]);
    let colors = vec![Color::Red, Color::Rgb(1, 2, 3), Color::Rgb(1, 2, 3), Color::Green];
    println!("{}", count_eq(&colors, &Color::Rgb(1, 2, 3)));
    let words = vec!["b", "a", "b"];
    println!("{}", count_eq(&words, &"b"));
    let opts = vec![Some(1), None, Some(1)];
    println!("{}", count_eq(&opts, &Some(1)));
    let mut nums = vec![5, 3, 9, 1, 7, 2];
    insertion_sort(&mut nums);
    println!("{:?}", nums);
    let mut fs = vec![2.5, -1.0, 3.25, 0.0];
    insertion_sort(&mut fs);
    println!("{:?}", fs);
    let mut cs = vec!['z', 'a', 'm'];
    insertion_sort(&mut cs);
    println!("{:?}", cs);
    let mut ss = vec!["pear", "apple", "fig"];
    insertion_sort(&mut ss);
    println!("{:?}", ss);
    let mut ts = vec![(2, 'b'), (1, 'z'), (2, 'a')];
    insertion_sort(&mut ts);
    println!("{:?}", ts);
    println!("{} {} {}", max_of(3, 8), max_of('q', 'c'), max_of(-4i64, -9));
    println!("{} {}", all_same(&[1, 1, 2]), all_same(&[true, false, true]));
    let s = Stack { items: vec![String::from("x"), String::from("y")] };
    println!("{} {}", s.has(&String::from("y")), s.has(&String::from("q")));
}
