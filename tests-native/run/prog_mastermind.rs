// Mastermind scoring (exact and partial matches) and a brute-force consistency filter over all codes.
fn score(secret: &[u8; 4], guess: &[u8; 4]) -> (u32, u32) {
    let exact = secret.iter().zip(guess.iter()).filter(|(a, b)| a == b).count() as u32;
    let mut total = 0;
    for color in 0..6u8 {
        let s = secret.iter().filter(|&&c| c == color).count();
        let g = guess.iter().filter(|&&c| c == color).count();
        total += s.min(g) as u32;
    }
    (exact, total - exact)
}

fn all_codes() -> Vec<[u8; 4]> {
    let mut out = Vec::new();
    for i in 0..1296u32 {
        out.push([(i / 216) as u8, (i / 36 % 6) as u8, (i / 6 % 6) as u8, (i % 6) as u8]);
    }
    out
}

fn main() {
    let secret = [3, 1, 4, 1];
    let guesses = [[0, 0, 1, 1], [1, 1, 2, 3], [3, 1, 1, 4], [3, 1, 4, 1]];
    let mut candidates = all_codes();
    for g in guesses.iter() {
        let s = score(&secret, g);
        candidates.retain(|c| score(c, g) == s);
        println!("guess {:?} -> {:?}, {} codes remain", g, s, candidates.len());
    }
    println!("{:?}", candidates.first());
}
