// A round-robin CPU scheduler simulation with a VecDeque of processes and a time quantum.
use std::collections::VecDeque;

#[derive(Debug, Clone)]
struct Proc {
    name: &'static str,
    arrival: u32,
    burst: u32,
    remaining: u32,
}

fn main() {
    let procs = vec![
        Proc { name: "A", arrival: 0, burst: 5, remaining: 5 },
        Proc { name: "B", arrival: 1, burst: 3, remaining: 3 },
        Proc { name: "C", arrival: 2, burst: 8, remaining: 8 },
        Proc { name: "D", arrival: 3, burst: 6, remaining: 6 },
    ];
    let quantum = 2;
    let mut time = 0;
    let mut queue: VecDeque<Proc> = VecDeque::new();
    let mut pending: VecDeque<Proc> = procs.iter().cloned().collect();
    let mut timeline = String::new();
    let mut finished: Vec<(&str, u32, u32)> = Vec::new();
    while !queue.is_empty() || !pending.is_empty() {
        while let Some(p) = pending.front() {
            if p.arrival <= time {
                queue.push_back(pending.pop_front().unwrap());
            } else {
                break;
            }
        }
        match queue.pop_front() {
            None => {
                time += 1;
                timeline.push('.');
            }
            Some(mut p) => {
                let run = p.remaining.min(quantum);
                for _ in 0..run {
                    timeline.push_str(p.name);
                }
                time += run;
                p.remaining -= run;
                while let Some(q) = pending.front() {
                    if q.arrival <= time {
                        queue.push_back(pending.pop_front().unwrap());
                    } else {
                        break;
                    }
                }
                if p.remaining > 0 {
                    queue.push_back(p);
                } else {
                    finished.push((p.name, time, time - p.arrival - p.burst));
                }
            }
        }
    }
    println!("{}", timeline);
    for (name, end, wait) in &finished {
        println!("{} finished at {:>2}, waited {:>2}", name, end, wait);
    }
    let avg = finished.iter().map(|f| f.2).sum::<u32>() as f64 / finished.len() as f64;
    println!("average wait {:.2}", avg);
}
