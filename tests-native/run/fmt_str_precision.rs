// Precision on strings truncates (by chars); width counts chars.
fn main() {
    println!("[{:.3}]", "abcdef");
    println!("[{:.0}]", "abc");
    println!("[{:.10}]", "abc");
    println!("[{:8.3}]", "abcdef");
    println!("[{:>8.3}]", "abcdef");
    println!("[{:^8.2}]", "abcdef");
    println!("[{:*<6.4}]", "truncate");
    println!("[{:.2}]", "héllo");
    println!("[{:.1}]", "日本語");
    let s = "named";
    println!("[{s:.3}] [{s:>7.2}]");
    println!("[{:5.1}]", 'c');
}
