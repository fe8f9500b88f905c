// &str literals: params, returns from fns, consts, arrays of &str, in structs and formatting.
const TITLE: &str = "WasmRust";

struct Label {
    text: &'static str,
    width: usize,
}

fn greet(name: &str) {
    println!("Hello, {}!", name);
}

fn pick(n: u32) -> &'static str {
    match n % 3 {
        0 => "rock",
        1 => "paper",
        _ => "scissors",
    }
}

fn banner() -> &'static str {
    "=== banner ==="
}

fn main() {
    greet("world");
    greet(TITLE);
    for i in 0..4 {
        print!("{} ", pick(i));
    }
    println!();
    println!("{}", banner());
    let names = ["ann", "bob", "cy"];
    for i in 0..names.len() {
        println!("[{:>5}]", names[i]);
    }
    let l = Label { text: "status", width: 10 };
    println!("[{:^10}] {}", l.text, l.width);
    let s: &str = "";
    println!("empty:[{}]", s);
    let multi = "a\nb";
    println!("{}", multi);
    let same = "x";
    let also = same;
    println!("{}{}", same, also);
    println!("{}", "ünïcode ✓");
}
