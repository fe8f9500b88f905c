// match on integer, bool, char and &str literals, with wildcard and binding fallbacks.
fn number_name(n: u32) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        2 => "two",
        3 => "three",
        _ => "many",
    }
}

fn negate_word(b: bool) -> &'static str {
    match b {
        true => "yes",
        false => "no",
    }
}

fn vowel(c: char) -> bool {
    match c {
        'a' => true,
        'e' => true,
        'i' => true,
        'o' => true,
        'u' => true,
        _ => false,
    }
}

fn command(s: &str) -> i32 {
    match s {
        "start" => 1,
        "stop" => 2,
        "" => -1,
        _ => 0,
    }
}

fn signed(n: i64) -> i64 {
    match n {
        -1 => 100,
        i64::MIN => -100,
        other => other * 2,
    }
}

fn main() {
    for i in 0..5 {
        print!("{} ", number_name(i));
    }
    println!();
    println!("{} {}", negate_word(true), negate_word(false));
    let word = ['r', 'u', 's', 't', 'a', 'c', 'e', 'a', 'n'];
    let mut count = 0;
    for i in 0..word.len() {
        if vowel(word[i]) {
            count += 1;
        }
    }
    println!("vowels: {}", count);
    println!("{} {} {} {}", command("start"), command("stop"), command(""), command("jump"));
    println!("{} {} {}", signed(-1), signed(i64::MIN), signed(21));
    let x = 5u8;
    let r = match x {
        5 => {
            let y = x * 2;
            y + 1
        }
        _ => 0,
    };
    println!("{}", r);
}
