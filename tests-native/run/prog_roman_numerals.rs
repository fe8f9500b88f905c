// Roman numerals both ways, with a table of (value, symbol) pairs and char folding.
const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for &(value, sym) in TABLE.iter() {
        while n >= value {
            out.push_str(sym);
            n -= value;
        }
    }
    out
}

fn value(c: char) -> Option<u32> {
    match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    }
}

fn from_roman(s: &str) -> Option<u32> {
    let vals: Option<Vec<u32>> = s.chars().map(value).collect::<Vec<_>>().into_iter().collect::<Vec<Option<u32>>>().into_iter().fold(Some(Vec::new()), |acc, v| match (acc, v) {
        (Some(mut a), Some(x)) => {
            a.push(x);
            Some(a)
        }
        _ => None,
    });
    let vals = vals?;
    let mut total = 0;
    for i in 0..vals.len() {
        if i + 1 < vals.len() && vals[i] < vals[i + 1] {
            total -= vals[i] as i64;
        } else {
            total += vals[i] as i64;
        }
    }
    Some(total as u32)
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
        let r = to_roman(n);
        println!("{:>4} = {:<12} -> {:?}", n, r, from_roman(&r));
    }
    println!("{:?}", from_roman("MMXZ"));
    let sum: u32 = ["XII", "IX", "CD"].iter().filter_map(|s| from_roman(s)).sum();
    println!("{}", sum);
}
