// Group anagrams by their sorted letters; palindromes; character histograms.
fn key(w: &str) -> String {
    let mut cs: Vec<char> = w.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    cs.sort();
    cs.into_iter().collect()
}

fn is_palindrome(s: &str) -> bool {
    let cs: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cs.iter().eq(cs.iter().rev())
}

fn main() {
    let words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"];
    let mut keyed: Vec<(String, &str)> = words.iter().map(|w| (key(w), *w)).collect();
    keyed.sort();
    let mut groups: Vec<Vec<&str>> = Vec::new();
    let mut last = String::new();
    for (k, w) in keyed.iter() {
        if *k != last {
            groups.push(Vec::new());
            last = k.clone();
        }
        groups.last_mut().unwrap().push(w);
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.len()));
    for g in &groups {
        println!("{:?}", g);
    }
    for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"].iter() {
        println!("{:?} palindrome: {}", s, is_palindrome(s));
    }
    let mut hist = [0usize; 26];
    for c in "the quick brown fox jumps over the lazy dog".chars().filter(|c| c.is_ascii_lowercase()) {
        hist[(c as u8 - b'a') as usize] += 1;
    }
    let common: Vec<String> = hist.iter().enumerate().filter(|(_, &n)| n > 1).map(|(i, n)| format!("{}{}", (b'a' + i as u8) as char, n)).collect();
    println!("{}", common.join(" "));
}
