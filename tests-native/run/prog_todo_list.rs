// A to-do list with priorities: structs with enums, filtering, sorting by several keys, and a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Priority {
    High,
    Medium,
    Low,
}

#[derive(Debug, Clone)]
struct Task {
    id: u32,
    title: String,
    priority: Priority,
    done: bool,
    tags: Vec<&'static str>,
}

fn main() {
    let mut tasks: Vec<Task> = vec![
        Task { id: 1, title: String::from("write report"), priority: Priority::High, done: false, tags: vec!["work"] },
        Task { id: 2, title: String::from("buy milk"), priority: Priority::Low, done: true, tags: vec!["home"] },
        Task { id: 3, title: String::from("fix bug #42"), priority: Priority::High, done: true, tags: vec!["work", "code"] },
        Task { id: 4, title: String::from("call plumber"), priority: Priority::Medium, done: false, tags: vec!["home"] },
        Task { id: 5, title: String::from("review PR"), priority: Priority::Medium, done: false, tags: vec!["work", "code"] },
    ];
    tasks.sort_by(|a, b| a.done.cmp(&b.done).then(a.priority.cmp(&b.priority)).then(a.id.cmp(&b.id)));
    for t in &tasks {
        println!("[{}] #{} {:<14} {:?} {:?}", if t.done { 'x' } else { ' ' }, t.id, t.title, t.priority, t.tags);
    }
    let open_work = tasks.iter().filter(|t| !t.done && t.tags.contains(&"work")).count();
    let pct = 100.0 * tasks.iter().filter(|t| t.done).count() as f64 / tasks.len() as f64;
    println!("{} open work tasks, {:.0}% done", open_work, pct);
    if let Some(t) = tasks.iter_mut().find(|t| t.id == 4) {
        t.done = true;
    }
    let remaining: Vec<u32> = tasks.iter().filter(|t| !t.done).map(|t| t.id).collect();
    println!("remaining: {:?}", remaining);
}
