// Word statistics over a text: frequencies by sorting, longest words, average length.
fn main() {
    let text = "the quick brown fox jumps over the lazy dog the fox barks \
                and the dog sleeps while the quick cat watches the brown fox";
    let mut words: Vec<String> = text.split_whitespace().map(|w| w.to_lowercase()).collect();
    println!("{} words", words.len());
    words.sort();
    let mut counts: Vec<(String, usize)> = Vec::new();
    for w in words.iter() {
        match counts.last_mut() {
            Some((last, n)) if last == w => *n += 1,
            _ => counts.push((w.clone(), 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (w, n) in counts.iter().take(5) {
        println!("{:>8} {}", w, n);
    }
    let longest = counts.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
    let long_words: Vec<&String> = counts.iter().filter(|(w, _)| w.len() == longest).map(|(w, _)| w).collect();
    println!("longest ({}): {:?}", longest, long_words);
    let total_len: usize = words.iter().map(|w| w.len()).sum();
    println!("average length {:.2}", total_len as f64 / words.len() as f64);
    let distinct = counts.len();
    let singles = counts.iter().filter(|(_, n)| *n == 1).count();
    println!("{} distinct, {} used once", distinct, singles);
}
