// Bowling score calculation over a sequence of rolls, with frame-by-frame totals.
fn score(rolls: &[u32]) -> Vec<u32> {
    let mut totals = Vec::new();
    let mut i = 0;
    let mut total = 0;
    for _frame in 0..10 {
        if rolls[i] == 10 {
            total += 10 + rolls[i + 1] + rolls[i + 2];
            i += 1;
        } else if rolls[i] + rolls[i + 1] == 10 {
            total += 10 + rolls[i + 2];
            i += 2;
        } else {
            total += rolls[i] + rolls[i + 1];
            i += 2;
        }
        totals.push(total);
    }
    totals
}

fn main() {
    let games: [(&str, Vec<u32>); 4] = [
        ("gutter", vec![0; 20]),
        ("all ones", vec![1; 20]),
        ("perfect", vec![10; 12]),
        ("mixed", vec![10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1]),
    ];
    for (name, rolls) in games.iter() {
        let t = score(rolls);
        println!("{:<9} {:?} -> {}", name, t, t.last().unwrap());
    }
}
