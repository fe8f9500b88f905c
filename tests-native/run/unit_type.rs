// The unit type: functions without a return type, unit values in lets, blocks and tuples.
fn log(msg: &str) {
    println!("log: {}", msg);
}

fn explicit() -> () {
    log("explicit unit return");
}

fn maybe_log(flag: bool) {
    if flag {
        log("flag set");
        return;
    }
    log("flag clear")
}

fn main() {
    let u = log("first");
    let () = u;
    explicit();
    maybe_log(true);
    maybe_log(false);
    let v: () = {};
    let () = v;
    let t = ((), 5, ());
    println!("{}", t.1);
    let units = [(); 3];
    println!("{}", units.len());
    let r = loop {
        break;
    };
    let () = r;
    let w = while false {};
    let () = w;
    println!("done");
}
