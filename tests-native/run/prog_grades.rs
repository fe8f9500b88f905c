// Student grades: sorting by float keys, grouping, statistics with closures.
#[derive(Debug, Clone)]
struct Student {
    name: String,
    scores: Vec<f64>,
}

impl Student {
    fn new(name: &str, scores: &[f64; 4]) -> Student {
        Student { name: name.to_string(), scores: scores.iter().copied().collect() }
    }
    fn average(&self) -> f64 {
        self.scores.iter().sum::<f64>() / self.scores.len() as f64
    }
    fn best(&self) -> f64 {
        self.scores.iter().cloned().fold(f64::MIN, f64::max)
    }
}

fn letter(avg: f64) -> char {
    match avg {
        a if a >= 90.0 => 'A',
        a if a >= 80.0 => 'B',
        a if a >= 70.0 => 'C',
        a if a >= 60.0 => 'D',
        _ => 'F',
    }
}

fn main() {
    let mut class = vec![
        Student::new("Ada", &[92.0, 88.5, 95.0, 90.0]),
        Student::new("Brian", &[71.0, 64.5, 80.0, 77.0]),
        Student::new("Chen", &[85.0, 91.0, 78.5, 88.0]),
        Student::new("Dora", &[55.0, 62.0, 58.5, 49.0]),
        Student::new("Emil", &[99.0, 97.5, 100.0, 98.0]),
    ];
    class.sort_by(|a, b| b.average().partial_cmp(&a.average()).unwrap());
    for (rank, s) in class.iter().enumerate() {
        println!("{}. {:<6} avg {:>6.2} best {:>5.1} grade {}", rank + 1, s.name, s.average(), s.best(), letter(s.average()));
    }
    let passing: Vec<&str> = class.iter().filter(|s| s.average() >= 60.0).map(|s| s.name.as_str()).collect();
    println!("passing: {}", passing.join(", "));
    let all: Vec<f64> = class.iter().flat_map(|s| s.scores.clone().into_iter()).collect();
    let mean = all.iter().sum::<f64>() / all.len() as f64;
    let var = all.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / all.len() as f64;
    println!("{} scores, mean {:.3}, std dev {:.3}", all.len(), mean, var.sqrt());
    let top = class.iter().max_by(|a, b| a.best().partial_cmp(&b.best()).unwrap()).unwrap();
    println!("top single score: {} ({})", top.name, top.best());
}
