// Valid programs around moves that the ownership checker must accept: reassignment after a move, moves in
// loops with reassignment, moves in one branch, match arms with guards, partial moves of distinct fields,
// while-let, Option::take, moving out of a Box, closures, late initialization on every path.
#[derive(Debug, Clone, Default)]
struct Cfg { name: String, tags: Vec<String>, level: u32 }

fn consume(c: Cfg) -> usize { c.name.len() + c.tags.len() }
fn pick(flag: bool, a: String, b: String) -> String { if flag { a } else { b } }

enum Msg { Text(String), Pair(String, String), Quit }

fn main() {
    // reassigned after a move
    let mut s = String::from("a");
    let t = s;
    s = String::from("b");
    println!("{} {}", s, t);
    // moved in a loop but reassigned each iteration
    let mut acc = Vec::new();
    let mut cur = String::new();
    for i in 0..3 {
        cur.push_str(&i.to_string());
        acc.push(cur);
        cur = String::from("x");
    }
    println!("{:?} {}", acc, cur);
    // moved in one branch, returned in the other
    let v = vec![1, 2, 3];
    let total: i32 = if v.len() > 2 { let w = v; w.iter().sum() } else { v.len() as i32 };
    println!("{}", total);
    // match arms with guards, bindings that move
    let msgs = vec![Msg::Text("hi".to_string()), Msg::Pair("a".into(), "b".into()), Msg::Quit];
    for m in msgs {
        match m {
            Msg::Text(t) if t.len() > 5 => println!("long {}", t),
            Msg::Text(t) => println!("text {}", t),
            Msg::Pair(a, b) => println!("{}{}", b, a),
            Msg::Quit => println!("quit"),
        }
    }
    // partial moves of different fields, then use of the rest
    let c = Cfg { name: "n".into(), tags: vec!["t".into()], level: 2 };
    let n = c.name;
    let tg = c.tags;
    println!("{} {:?} {}", n, tg, c.level);
    // struct update syntax
    let base = Cfg::default();
    let mut c2 = base.clone(); c2.name = "c2".into();
    println!("{}", consume(c2) + consume(base));
    // while let with pop
    let mut stack = vec![String::from("p"), String::from("q")];
    while let Some(top) = stack.pop() {
        println!("{}", top);
    }
    // Option::take and moves out of a Box
    let mut o = Some(String::from("opt"));
    let taken = o.take();
    println!("{:?} {:?}", o, taken);
    let b = Box::new(String::from("boxed"));
    let inner = *b;
    println!("{}", inner);
    // closures
    let owned = String::from("cl");
    let f = move || owned.len();
    println!("{}", f());
    let name = String::from("nm");
    let g = || name.len();
    println!("{} {}", g(), name);
    // shadowing and moves in if let
    let x = Some(String::from("s"));
    if let Some(inner) = x {
        println!("{}", inner);
    }
    let x = 5;
    println!("{}", x);
    let r = pick(true, String::from("1"), String::from("2"));
    println!("{}", r);
    let late: String;
    if r.len() > 0 { late = r; } else { late = String::new(); }
    println!("{}", late);
    let mut arr = [String::new(), String::new()];
    arr[0] = String::from("z");
    let moved_arr = arr;
    println!("{:?}", moved_arr);
    let tuple = (String::from("a"), String::from("b"));
    let (ta, tb) = tuple;
    println!("{}{}", ta, tb);
    let mut items = vec![String::from("i")];
    for it in items.iter_mut() { it.push('!'); }
    let joined: Vec<String> = items.into_iter().map(|s| s + "?").collect();
    println!("{:?}", joined);
}
