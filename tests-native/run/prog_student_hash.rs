// Course enrolment: HashMap<String, Vec<u32>> of grades, HashSet of courses, derived Hash on a key struct.
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key {
    course: String,
    year: u16,
}

fn main() {
    let records = [
        ("math", 2023, "ann", 91), ("math", 2023, "bob", 78), ("physics", 2023, "ann", 85),
        ("math", 2024, "cid", 88), ("physics", 2024, "bob", 69), ("math", 2023, "dee", 95),
        ("chem", 2024, "ann", 73), ("physics", 2024, "cid", 91),
    ];
    let mut by_key: HashMap<Key, Vec<u32>> = HashMap::new();
    let mut students: HashMap<&str, HashSet<&str>> = HashMap::new();
    for &(course, year, who, grade) in records.iter() {
        by_key.entry(Key { course: course.to_string(), year }).or_default().push(grade);
        students.entry(who).or_default().insert(course);
    }
    let mut keys: Vec<&Key> = by_key.keys().collect();
    keys.sort();
    for k in keys {
        let g = &by_key[k];
        let avg = g.iter().sum::<u32>() as f64 / g.len() as f64;
        println!("{} {}: {} students, avg {:.1}, best {}", k.course, k.year, g.len(), avg, g.iter().max().unwrap());
    }
    let mut names: Vec<(&&str, usize)> = students.iter().map(|(n, c)| (n, c.len())).collect();
    names.sort();
    println!("{:?}", names);
    let ann = &students["ann"];
    let bob = &students["bob"];
    let mut shared: Vec<&&str> = ann.intersection(bob).collect();
    shared.sort();
    println!("ann and bob share {:?}", shared);
    println!("{}", by_key.contains_key(&Key { course: String::from("chem"), year: 2023 }));
}
