// Sales report with BTreeMap (ordered output like rustc), nested maps and totals per month.
use std::collections::BTreeMap;

fn main() {
    let sales = [
        ("2024-01", "widget", 3, 250), ("2024-01", "gadget", 1, 1200), ("2024-02", "widget", 5, 250),
        ("2024-02", "doohickey", 2, 75), ("2024-01", "widget", 2, 240), ("2024-03", "gadget", 2, 1150),
        ("2024-03", "widget", 10, 230), ("2024-02", "gadget", 1, 1200),
    ];
    let mut by_month: BTreeMap<&str, BTreeMap<&str, (u32, u32)>> = BTreeMap::new();
    for &(month, item, qty, price) in sales.iter() {
        let e = by_month.entry(month).or_default().entry(item).or_insert((0, 0));
        e.0 += qty;
        e.1 += qty * price;
    }
    for (month, items) in &by_month {
        let total: u32 = items.values().map(|v| v.1).sum();
        println!("{} total {:>6}", month, total);
        for (item, (qty, cents)) in items {
            println!("    {:<10} {:>3} {:>8.2}", item, qty, *cents as f64 / 100.0);
        }
    }
    let mut per_item: BTreeMap<&str, u32> = BTreeMap::new();
    for &(_, item, qty, _) in sales.iter() {
        *per_item.entry(item).or_insert(0) += qty;
    }
    println!("{:?}", per_item);
    let best = per_item.iter().max_by_key(|(_, q)| **q).unwrap();
    println!("best seller: {} ({})", best.0, best.1);
}
