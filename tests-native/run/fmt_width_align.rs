// Width, alignment and fill for integers, strings, chars and bools.
fn main() {
    println!("[{:5}]", 42);
    println!("[{:<5}]", 42);
    println!("[{:^5}]", 42);
    println!("[{:>5}]", 42);
    println!("[{:5}]", "ab");
    println!("[{:>5}]", "ab");
    println!("[{:^5}]", "ab");
    println!("[{:^6}]", "abc");
    println!("[{:*^10}]", "mid");
    println!("[{:-<8}]", 7);
    println!("[{:#>8}]", -7);
    println!("[{:_^7}]", 'x');
    println!("[{:>6}]", true);
    println!("[{:<6}]", false);
    println!("[{:3}]", 123456);
    println!("[{:2}]", "toolong");
    println!("[{:>4}]", 'é');
    println!("[{:^5}]", "日本");
    println!("[{:.>12}]", 3.5);
    println!("[{:10}]", -1.25);
    println!("[{:<10}]", -1.25);
    println!("[{:>1}]", "");
    println!("[{:>3}]", "");
    let w = "word";
    println!("[{w:>8}] [{w:<8}] [{w:^8}]");
    let n = 5;
    println!("[{n:0>4}] [{n:x<4}]");
    println!("[{:5}|{:<5}|{:>5}]", 1, 2, 3);
}
