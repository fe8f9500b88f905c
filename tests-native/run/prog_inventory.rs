// An inventory ledger: structs in a HashMap keyed by SKU, transactions as an enum, reports with iterators.
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
struct Item {
    name: String,
    qty: u32,
    price_cents: u64,
}

enum Tx {
    Receive(&'static str, u32),
    Sell(&'static str, u32),
    Reprice(&'static str, u64),
}

fn apply(stock: &mut HashMap<&'static str, Item>, tx: &Tx) -> Result<(), String> {
    match tx {
        Tx::Receive(sku, n) => {
            let item = stock.get_mut(sku).ok_or(format!("unknown sku {}", sku))?;
            item.qty += n;
            Ok(())
        }
        Tx::Sell(sku, n) => {
            let item = stock.get_mut(sku).ok_or(format!("unknown sku {}", sku))?;
            if item.qty < *n {
                return Err(format!("only {} {} left", item.qty, item.name));
            }
            item.qty -= n;
            Ok(())
        }
        Tx::Reprice(sku, p) => match stock.get_mut(sku) {
            Some(item) => {
                item.price_cents = *p;
                Ok(())
            }
            None => Err(format!("unknown sku {}", sku)),
        },
    }
}

fn main() {
    let mut stock: HashMap<&'static str, Item> = HashMap::new();
    stock.insert("A1", Item { name: String::from("bolt"), qty: 100, price_cents: 25 });
    stock.insert("B2", Item { name: String::from("nut"), qty: 250, price_cents: 10 });
    stock.insert("C3", Item { name: String::from("gear"), qty: 5, price_cents: 1250 });
    let txs = [Tx::Sell("A1", 30), Tx::Sell("C3", 6), Tx::Receive("C3", 10), Tx::Sell("C3", 6),
               Tx::Reprice("B2", 12), Tx::Sell("Z9", 1), Tx::Receive("B2", 50)];
    for (i, tx) in txs.iter().enumerate() {
        if let Err(e) = apply(&mut stock, tx) {
            println!("tx {}: {}", i, e);
        }
    }
    let mut skus: Vec<&&str> = stock.keys().collect();
    skus.sort();
    let mut total = 0;
    for sku in skus {
        let it = &stock[*sku];
        let value = it.qty as u64 * it.price_cents;
        total += value;
        println!("{} {:<5} {:>4} x {:>5.2} = {:>8.2}", sku, it.name, it.qty, it.price_cents as f64 / 100.0, value as f64 / 100.0);
    }
    println!("total {:.2}", total as f64 / 100.0);
    let low: Vec<String> = stock.values().filter(|i| i.qty < 20).map(|i| i.name.clone()).collect();
    println!("low stock: {:?}", low);
}
