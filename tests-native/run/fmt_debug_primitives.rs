// {:?} on primitives, &str and char: quotes and escapes differ from {}.
fn main() {
    println!("{:?}", 42);
    println!("{:?}", -7i8);
    println!("{:?}", true);
    println!("{:?}", 'a');
    println!("{:?}", '\'');
    println!("{:?}", '"');
    println!("{:?}", '\n');
    println!("{:?}", '\t');
    println!("{:?}", '\\');
    println!("{:?}", '\0');
    println!("{:?}", 'é');
    println!("{:?}", '\u{7f}');
    println!("{:?}", "hello");
    println!("{:?}", "say \"hi\"\n");
    println!("{:?}", "it's");
    println!("{:?}", "tab\there\r");
    println!("{:?}", "\u{1b}[0m");
    println!("{:?}", "ünïcödé 日本");
    println!("{:?}", "");
    println!("{:?}", 1.5);
    println!("{:?}", 2.0f32);
    println!("{:?}", -0.0);
    println!("{:?}", u64::MAX);
    println!("[{:>8?}]", 'x');
    println!("[{:<8?}]", "ab");
    println!("[{:^9?}]", 3.0);
    println!("[{:+?}]", 4);
    println!("[{:05?}]", 12);
    let s = "dbg";
    println!("{s:?} {:?}", 'q');
}
