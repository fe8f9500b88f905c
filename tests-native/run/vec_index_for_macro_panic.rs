struct Item {
    name: &'static str,
    qty: u32,
}

fn total(items: &Vec<Item>) -> u32 {
    let mut t = 0;
    for it in items {
        t += it.qty;
    }
    t
}

fn main() {
    let mut v = vec![5, 3, 8, 1];
    v[2] += 10;
    let x = v[0] * 2;
    println!("{} {} {}", x, v[2], v.len());
    for n in &mut v {
        *n *= 3;
    }
    let mut s = 0;
    for n in v {
        s += n;
    }
    println!("sum {}", s);
    let grid = vec![vec![0u8; 3]; 2];
    println!("{} {}", grid.len(), grid[1].len());
    let mut items: Vec<Item> = Vec::new();
    items.push(Item { name: "apple", qty: 3 });
    items.push(Item { name: "pear", qty: 4 });
    println!("{} {}", items[1].name, total(&items));
    let w: Vec<i64> = vec![];
    println!("{}", w.is_empty());
    let idx = 7;
    println!("{}", items[idx].qty);
}
