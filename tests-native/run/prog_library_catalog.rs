// A small library catalog: structs with Option fields, search with closures, grouping by author.
use std::collections::HashMap;

#[derive(Debug, Clone)]
struct Book {
    title: String,
    author: String,
    year: u32,
    borrowed_by: Option<String>,
}

fn book(title: &str, author: &str, year: u32) -> Book {
    Book { title: title.to_string(), author: author.to_string(), year, borrowed_by: None }
}

fn find<'a, F: Fn(&Book) -> bool>(books: &'a Vec<Book>, pred: F) -> Vec<&'a Book> {
    books.iter().filter(|b| pred(b)).collect()
}

fn main() {
    let mut books = vec![
        book("Dune", "Herbert", 1965),
        book("Emma", "Austen", 1815),
        book("Persuasion", "Austen", 1817),
        book("Neuromancer", "Gibson", 1984),
        book("Hyperion", "Simmons", 1989),
        book("Count Zero", "Gibson", 1986),
    ];
    if let Some(b) = books.iter_mut().find(|b| b.title == "Dune") {
        b.borrowed_by = Some(String::from("mia"));
    }
    books[3].borrowed_by = Some(String::from("leo"));
    let old = find(&books, |b| b.year < 1900);
    println!("before 1900: {:?}", old.iter().map(|b| &b.title).collect::<Vec<_>>());
    let available: Vec<&str> = books.iter().filter(|b| b.borrowed_by.is_none()).map(|b| b.title.as_str()).collect();
    println!("available: {}", available.join(", "));
    let mut by_author: HashMap<&str, Vec<&str>> = HashMap::new();
    for b in &books {
        by_author.entry(b.author.as_str()).or_default().push(b.title.as_str());
    }
    let mut authors: Vec<_> = by_author.into_iter().collect();
    authors.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    for (a, titles) in &authors {
        println!("{:<8} {:?}", a, titles);
    }
    for b in books.iter().filter(|b| b.borrowed_by.is_some()) {
        println!("{} is with {}", b.title, b.borrowed_by.as_ref().unwrap());
    }
    let newest = books.iter().max_by_key(|b| b.year).map(|b| b.title.clone()).unwrap_or_default();
    println!("newest: {}", newest);
}
