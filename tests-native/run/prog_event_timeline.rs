// An event scheduler: a BTreeMap from minute to events, range queries, merging overlapping intervals.
use std::collections::BTreeMap;

fn merge(mut v: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    v.sort();
    let mut out: Vec<(u32, u32)> = Vec::new();
    for (s, e) in v {
        if let Some(last) = out.last_mut() {
            if s <= last.1 {
                last.1 = last.1.max(e);
                continue;
            }
        }
        out.push((s, e));
    }
    out
}

fn hhmm(m: u32) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

fn main() {
    let meetings = [(540, 600, "standup"), (570, 630, "review"), (720, 780, "lunch"), (900, 960, "1:1"), (930, 1020, "planning"), (1080, 1090, "wrap")];
    let mut by_start: BTreeMap<u32, Vec<&str>> = BTreeMap::new();
    for &(s, _, name) in meetings.iter() {
        by_start.entry(s).or_default().push(name);
    }
    for (s, names) in &by_start {
        println!("{} {}", hhmm(*s), names.join("+"));
    }
    let afternoon: Vec<&str> = by_start.range(720..1000).flat_map(|(_, v)| v.iter().cloned()).collect();
    println!("afternoon: {:?}", afternoon);
    let busy = merge(meetings.iter().map(|&(s, e, _)| (s, e)).collect());
    let busy_text: Vec<String> = busy.iter().map(|(s, e)| format!("{}-{}", hhmm(*s), hhmm(*e))).collect();
    println!("busy: {}", busy_text.join(", "));
    let free: u32 = busy.windows(2).map(|w| w[1].0 - w[0].1).sum();
    println!("free between meetings: {} min", free);
}
