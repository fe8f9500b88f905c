// Generic containers with trait-bounded algorithms.
trait Score {
    fn score(&self) -> i64;
    fn bonus(&self) -> i64 {
        0
    }
}

struct Player {
    name: &'static str,
    points: i64,
}

struct Team<T> {
    members: [T; 3],
    label: &'static str,
}

impl Score for Player {
    fn score(&self) -> i64 {
        self.points
    }
    fn bonus(&self) -> i64 {
        if self.points > 10 { 5 } else { 0 }
    }
}

impl Score for i64 {
    fn score(&self) -> i64 {
        *self
    }
}

impl<T: Score> Team<T> {
    fn total(&self) -> i64 {
        let mut t = 0;
        for m in &self.members {
            t += m.score() + m.bonus();
        }
        t
    }

    fn best(&self) -> Option<&T> {
        let mut best: Option<&T> = None;
        let mut best_score = i64::MIN;
        for m in &self.members {
            if m.score() > best_score {
                best_score = m.score();
                best = Some(m);
            }
        }
        best
    }
}

fn max_of<T: Score>(a: T, b: T) -> T {
    if a.score() >= b.score() { a } else { b }
}

struct Wrapper<T> {
    inner: T,
}

impl<T> Wrapper<T> {
    fn new(inner: T) -> Self {
        Wrapper { inner }
    }
    fn get(&self) -> &T {
        &self.inner
    }
    fn map_pair<U>(self, other: U) -> (T, U) {
        (self.inner, other)
    }
}

fn main() {
    let team = Team {
        members: [
            Player { name: "ann", points: 12 },
            Player { name: "bob", points: 7 },
            Player { name: "cy", points: 19 },
        ],
        label: "red",
    };
    println!("{} total {}", team.label, team.total());
    if let Some(p) = team.best() {
        println!("best {} with {}", p.name, p.points);
    }
    let nums: Team<i64> = Team { members: [3, -4, 10], label: "nums" };
    println!("{} total {}", nums.label, nums.total());
    match nums.best() {
        Some(n) => println!("best number {}", n),
        None => println!("empty"),
    }
    let w = max_of(Player { name: "dee", points: 4 }, Player { name: "eve", points: 9 });
    println!("max {}", w.name);
    println!("{}", max_of(5i64, -5i64));
    let wr = Wrapper::new(2.5);
    println!("{}", wr.get());
    let (a, b) = Wrapper::new('q').map_pair(true);
    println!("{} {}", a, b);
    let nested: Wrapper<Option<u8>> = Wrapper::new(Some(200));
    println!("{}", nested.get().unwrap_or(1));
}
