// Greedy word wrapping and justification of a paragraph, with widths checked by iterator folds.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() && cur.len() + 1 + word.len() > width {
            lines.push(cur);
            cur = String::new();
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn justify(line: &str, width: usize) -> String {
    let words: Vec<&str> = line.split(' ').collect();
    if words.len() == 1 {
        return format!("{:<w$}", line, w = width);
    }
    let letters: usize = words.iter().map(|w| w.len()).sum();
    let gaps = words.len() - 1;
    let spaces = width - letters;
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        if i < gaps {
            let n = spaces / gaps + if i < spaces % gaps { 1 } else { 0 };
            out.push_str(&" ".repeat(n));
        }
    }
    out
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. \
                How vexingly quick daft zebras jump!";
    for width in [20, 32] {
        let lines = wrap(text, width);
        println!("width {} -> {} lines, longest {}", width, lines.len(), lines.iter().map(|l| l.len()).max().unwrap());
        for (i, l) in lines.iter().enumerate() {
            let shown = if i + 1 < lines.len() { justify(l, width) } else { l.clone() };
            println!("|{:<w$}|", shown, w = width);
        }
    }
}
