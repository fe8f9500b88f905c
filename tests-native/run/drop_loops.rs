// Drops on every way out of a scope: the end of a loop iteration, break, continue, return and `?`.
struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn find(names: &[&str], wanted: &str) -> Option<usize> {
    for (i, name) in names.iter().enumerate() {
        let _guard = Noisy(format!("guard {}", name));
        if *name == wanted {
            return Some(i);
        }
    }
    None
}

fn parse_all(items: &[&str]) -> Result<i32, String> {
    let _outer = Noisy("parse_all".to_string());
    let mut sum = 0;
    for item in items {
        let _step = Noisy(format!("step {}", item));
        let v: i32 = item.parse().map_err(|_| format!("bad {}", item))?;
        sum += v;
    }
    Ok(sum)
}

fn main() {
    let mut i = 0;
    while i < 4 {
        let _n = Noisy(format!("while {}", i));
        i += 1;
        if i == 2 {
            continue;
        }
        if i == 3 {
            break;
        }
        println!("body {}", i);
    }
    let v = vec![Noisy("v0".to_string()), Noisy("v1".to_string()), Noisy("v2".to_string())];
    for n in v {
        if n.0 == "v1" {
            println!("breaking at {}", n.0);
            break;
        }
        println!("visit {}", n.0);
    }
    let result = loop {
        let _l = Noisy("loop".to_string());
        break 7;
    };
    println!("loop gave {}", result);
    println!("{:?}", find(&["x", "y", "z"], "y"));
    println!("{:?}", parse_all(&["1", "2"]));
    println!("{:?}", parse_all(&["1", "oops", "3"]));
    let mut stack = vec![Noisy("s1".to_string()), Noisy("s2".to_string())];
    while let Some(top) = stack.pop() {
        println!("popped {}", top.0);
    }
    println!("main ends");
}
