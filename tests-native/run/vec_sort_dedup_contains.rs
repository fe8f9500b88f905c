// Vec::sort (stable merge sort written in WasmRust), sort_unstable, dedup and contains over
// numbers, &str, String, tuples, chars and derived structs; 5,000 pseudo-random keys.
#[derive(Debug, PartialEq, Clone)]
struct P { n: String }
fn main() {
    let mut v = vec![5, 3, 9, 1, 7, 2, 8, 8, 0, -4, 12, 33, 6, 6, 6, 1, 2, 100, -50, 7];
    v.sort();
    println!("{:?}", v);
    v.dedup();
    println!("{:?} {}", v, v.len());
    println!("{} {}", v.contains(&33), v.contains(&34));
    let mut big: Vec<u64> = Vec::new();
    let mut x: u64 = 12345;
    let mut i = 0;
    while i < 5000 {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        big.push(x >> 40);
        i += 1;
    }
    big.sort();
    let mut ok = true;
    let mut j = 1;
    while j < big.len() { if big[j - 1] > big[j] { ok = false; } j += 1; }
    println!("{} {} {} {}", ok, big[0], big[2500], big[4999]);
    let mut words = vec!["pear", "apple", "fig", "apple", "kiwi", "banana", "cherry", "date", "elder", "fig", "grape"];
    words.sort();
    words.dedup();
    println!("{:?}", words);
    let mut ss = vec![String::from("b"), String::from("a"), String::from("c"), String::from("a")];
    ss.sort();
    ss.dedup();
    println!("{:?} {}", ss, ss.contains(&String::from("c")));
    let mut ts = vec![(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (0, 'q'), (3, 'c'), (2, 'a'), (9, 'x'), (4, 'd'), (1, 'b')];
    ts.sort();
    println!("{:?}", ts);
    let mut cs: Vec<char> = vec!['z', 'y', 'x', 'a'];
    cs.sort_unstable();
    println!("{:?}", cs);
    let ps = vec![P { n: String::from("a") }];
    println!("{}", ps.contains(&P { n: String::from("a") }));
    let mut e: Vec<i32> = Vec::new();
    e.sort();
    e.dedup();
    println!("{:?} {}", e, e.contains(&1));
}
