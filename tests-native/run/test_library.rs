//@ test
// A small library tested the way `cargo test` users write it: tests in a #[cfg(test)] module with
// `use super::*`, a test-only helper, tests returning Result with `?`, ignored tests with a reason.
use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct Inventory {
    items: HashMap<String, u32>,
}

#[derive(Debug, PartialEq)]
pub enum StockError {
    Unknown(String),
    Insufficient { wanted: u32, have: u32 },
}

impl fmt::Display for StockError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            StockError::Unknown(name) => write!(f, "unknown item {}", name),
            StockError::Insufficient { wanted, have } => write!(f, "wanted {} but have {}", wanted, have),
        }
    }
}

impl Inventory {
    pub fn new() -> Inventory {
        Inventory { items: HashMap::new() }
    }
    pub fn add(&mut self, name: &str, count: u32) {
        *self.items.entry(name.to_string()).or_insert(0) += count;
    }
    pub fn take(&mut self, name: &str, count: u32) -> Result<u32, StockError> {
        let have = match self.items.get_mut(name) {
            Some(n) => n,
            None => return Err(StockError::Unknown(name.to_string())),
        };
        if *have < count {
            return Err(StockError::Insufficient { wanted: count, have: *have });
        }
        *have -= count;
        Ok(*have)
    }
    pub fn count(&self, name: &str) -> u32 {
        *self.items.get(name).unwrap_or(&0)
    }
}

pub fn parse_order(line: &str) -> Result<(String, u32), String> {
    let mut parts = line.split(':');
    let name = parts.next().ok_or("empty order")?.trim().to_string();
    let count: u32 = parts.next().ok_or("missing count")?.trim().parse().map_err(|_| "bad count".to_string())?;
    Ok((name, count))
}

#[allow(dead_code)]
fn main() {
    println!("main is not run by the test harness");
}

#[test]
fn root_level_test() {
    assert_eq!(parse_order("apple: 3"), Ok(("apple".to_string(), 3)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stocked() -> Inventory {
        let mut inv = Inventory::new();
        inv.add("apple", 5);
        inv.add("pear", 2);
        inv
    }

    #[test]
    fn add_accumulates() {
        let mut inv = stocked();
        inv.add("apple", 1);
        assert_eq!(inv.count("apple"), 6);
        assert_ne!(inv.count("pear"), 6);
    }

    #[test]
    fn take_reports_errors() {
        let mut inv = stocked();
        assert_eq!(inv.take("plum", 1), Err(StockError::Unknown("plum".to_string())));
        let err = inv.take("pear", 3).unwrap_err();
        assert_eq!(err.to_string(), "wanted 3 but have 2");
        assert!(inv.count("pear") == 2, "a failed take must not change the stock");
    }

    #[test]
    fn orders_with_question_mark() -> Result<(), String> {
        let mut inv = stocked();
        for line in ["apple: 2", "pear:1"] {
            let (name, n) = parse_order(line)?;
            inv.take(&name, n).map_err(|e| e.to_string())?;
        }
        assert_eq!(inv.count("apple"), 3);
        Ok(())
    }

    #[test]
    #[ignore = "needs a warehouse"]
    fn warehouse_sync() {
        panic!("not here");
    }

    #[test]
    #[should_panic(expected = "called `Result::unwrap()` on an `Err` value")]
    fn unwrap_on_error_panics() {
        let mut inv = stocked();
        inv.take("apple", 50).unwrap();
    }

    mod nested {
        use super::super::parse_order;

        #[test]
        fn bad_count() {
            println!("this output is captured");
            assert_eq!(parse_order("x: many"), Err("bad count".to_string()));
        }
    }
}
