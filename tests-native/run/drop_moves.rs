// Moved values are not dropped by their old owner; values moved on some paths only are dropped through
// drop flags; partly moved structs drop what is left.
struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    left: Noisy,
    right: Noisy,
}

fn take(n: Noisy) {
    println!("took {}", n.0);
}

fn give(name: &str) -> Noisy {
    let n = Noisy(name.to_string());
    println!("giving {}", n.0);
    n
}

fn maybe_take(flag: bool) {
    let n = Noisy(format!("maybe-{}", flag));
    if flag {
        take(n);
    }
    println!("maybe_take({}) returns", flag);
}

fn pick(flag: bool) -> Noisy {
    let a = Noisy("pick-a".to_string());
    let b = Noisy("pick-b".to_string());
    if flag { a } else { b }
}

fn main() {
    let a = give("a");
    take(a);
    maybe_take(true);
    maybe_take(false);
    let p = pick(true);
    println!("picked {}", p.0);
    let q = pick(false);
    println!("picked {}", q.0);
    let h = Holder { left: Noisy("left".to_string()), right: Noisy("right".to_string()) };
    let l = h.left;
    println!("moved out {}, left {}", l.0, h.right.0);
    let opt = Some(Noisy("in-option".to_string()));
    if let Some(inner) = opt {
        println!("unwrapped {}", inner.0);
    }
    let r: Result<Noisy, Noisy> = Err(Noisy("error".to_string()));
    match r {
        Ok(v) => println!("ok {}", v.0),
        Err(e) => println!("err {}", e.0),
    }
    let mut slot = Some(Noisy("slot".to_string()));
    let taken = slot.take();
    println!("slot is_none {}", slot.is_none());
    drop(taken);
    std::mem::drop(Noisy("explicit".to_string()));
    let keep = Noisy("forgotten".to_string());
    std::mem::forget(keep);
    let replaced = std::mem::replace(&mut slot, Some(Noisy("new-slot".to_string())));
    println!("replaced was none {}", replaced.is_none());
    println!("main ends");
}
