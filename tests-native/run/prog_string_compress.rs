// String algorithms: palindromic substrings, anagram check by counting, longest common prefix, pangrams.
fn longest_palindrome(s: &str) -> &str {
    let b = s.as_bytes();
    let (mut best_lo, mut best_len) = (0, 0);
    for center in 0..2 * b.len() {
        let mut lo = center as i64 / 2;
        let mut hi = lo + (center as i64 % 2);
        while lo >= 0 && (hi as usize) < b.len() && b[lo as usize] == b[hi as usize] {
            lo -= 1;
            hi += 1;
        }
        let len = (hi - lo - 1) as usize;
        if len > best_len {
            best_len = len;
            best_lo = (lo + 1) as usize;
        }
    }
    &s[best_lo..best_lo + best_len]
}

fn is_anagram(a: &str, b: &str) -> bool {
    let mut counts = [0i32; 26];
    for c in a.chars().filter(|c| c.is_ascii_alphabetic()) {
        counts[(c.to_ascii_lowercase() as u8 - b'a') as usize] += 1;
    }
    for c in b.chars().filter(|c| c.is_ascii_alphabetic()) {
        counts[(c.to_ascii_lowercase() as u8 - b'a') as usize] -= 1;
    }
    counts.iter().all(|&n| n == 0)
}

fn common_prefix<'a>(words: &[&'a str]) -> &'a str {
    if words.is_empty() {
        return "";
    }
    let first = words[0];
    let mut n = first.len();
    for w in &words[1..] {
        n = n.min(first.chars().zip(w.chars()).take_while(|(a, b)| a == b).count());
    }
    &first[..n]
}

fn main() {
    for s in ["babad", "cbbd", "forgeeksskeegfor", "a"] {
        println!("{} -> {}", s, longest_palindrome(s));
    }
    println!("{} {}", is_anagram("Dormitory", "dirty room"), is_anagram("hello", "world"));
    println!("[{}] [{}]", common_prefix(&["flower", "flow", "flight"]), common_prefix(&["dog", "racecar"]));
    let pangram = "The quick brown fox jumps over the lazy dog";
    let letters: std::collections::BTreeSet<char> = pangram.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    println!("pangram: {} ({} letters)", letters.len() == 26, letters.len());
}
