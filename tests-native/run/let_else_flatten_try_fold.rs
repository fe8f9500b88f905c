// let-else, Iterator::flatten (Vec, Option, nested, ranges), try_fold with Option and Result closures,
// Option as an iterator source, sort_unstable_by on arrays.
fn first_even(v: &[i32]) -> i32 {
    let Some(x) = v.iter().find(|x| *x % 2 == 0) else {
        println!("none in {:?}", v);
        return -1;
    };
    *x * 10
}

enum Shape {
    Circle(f64),
    Square(f64),
}

fn radius(s: &Shape) -> f64 {
    let Shape::Circle(r) = s else {
        if let Shape::Square(side) = s {
            println!("a square of side {}", side);
        }
        return 0.0;
    };
    *r
}

fn parse_pair(s: &str) -> Option<(i32, i32)> {
    let Some((a, b)) = s.split_once(',') else { return None; };
    let Ok(x) = a.trim().parse::<i32>() else { return None; };
    let y: i32 = b.trim().parse().ok()?;
    Some((x, y))
}

fn main() {
    println!("{} {}", first_even(&[1, 3, 4]), first_even(&[1, 3]));
    let mut total = 0;
    for w in ["1", "x", "3"] {
        let Ok(n) = w.parse::<i32>() else { continue; };
        total += n;
    }
    println!("{} {} {}", total, radius(&Shape::Circle(2.5)), radius(&Shape::Square(1.0)));
    println!("{:?} {:?}", parse_pair("1, 2"), parse_pair("x,2"));

    let grid = vec![vec![1, 2], vec![], vec![3, 4, 5]];
    let all: Vec<&i32> = grid.iter().flatten().collect();
    let sum: i32 = grid.iter().flatten().sum();
    println!("{:?} {}", all, sum);
    let chars: Vec<char> = vec!["ab", "cd"].iter().map(|w| w.chars()).flatten().collect();
    let maybe = vec![Some("x"), None, Some("z")];
    let kept: Vec<&str> = maybe.into_iter().flatten().collect();
    println!("{:?} {:?}", chars, kept);
    let nested: Vec<Vec<Vec<u8>>> = vec![vec![vec![1], vec![2, 3]], vec![vec![4]]];
    let deep: Vec<u8> = nested.into_iter().flatten().flatten().collect();
    println!("{:?} {}", deep, (0..4).map(|i| 0..i).flatten().count());

    let r = [1, 2, 3].iter().try_fold(0i32, |acc, &x| acc.checked_add(x));
    let o = [100u8, 100, 100].iter().try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("{:?} {:?}", r, o);
    let e: Result<i32, String> = ["1", "2", "x"]
        .iter()
        .try_fold(0, |acc, s| s.parse::<i32>().map(|v| acc + v).map_err(|e| format!("{}: {:?}", s, e)));
    println!("{:?}", e);

    let a = Some(3);
    let n: Option<i32> = None;
    let v: Vec<i32> = vec![1, 2].into_iter().chain(a).chain(n).collect();
    println!("{:?} {} {}", v, a.iter().count(), n.iter().count());
    for x in a.into_iter().chain(n) {
        println!("from the options: {}", x);
    }
    let mut arr = [5, 3, 8, 1];
    arr.sort_unstable_by(|a, b| b.cmp(a));
    let mut words = vec!["bb", "a", "ccc"];
    words.sort_unstable_by_key(|s| s.len());
    println!("{:?} {:?}", arr, words);
}
