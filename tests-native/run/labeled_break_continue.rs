// Labeled break/continue across nested loop, while and for; labeled break with a value.
fn main() {
    let mut found = (0, 0);
    'outer: for i in 1..10 {
        for j in 1..10 {
            if i * j == 42 {
                found = (i, j);
                break 'outer;
            }
        }
    }
    println!("found {} * {} = 42", found.0, found.1);

    'rows: for r in 0..4 {
        for c in 0..4 {
            if c > r {
                println!();
                continue 'rows;
            }
            print!("{}{} ", r, c);
        }
        println!("(full row)");
    }

    let mut n = 0;
    let v = 'search: loop {
        n += 1;
        let mut k = 0;
        while k < n {
            if n * k == 30 {
                break 'search n + k;
            }
            k += 1;
        }
    };
    println!("v = {}", v);

    let mut total = 0;
    let mut i = 0;
    'a: while i < 5 {
        i += 1;
        let mut j = 0;
        'b: loop {
            j += 1;
            if j > i {
                break 'b;
            }
            if (i + j) % 3 == 0 {
                continue 'a;
            }
            total += i * j;
        }
    }
    println!("total = {}", total);
}
