// Positional {0}, named {name} and inline {x} arguments, mixed with format specs.
fn main() {
    println!("{0} {1} {0}", "a", "b");
    println!("{1}{0}{1}", 'x', 'y');
    println!("{} {} {0} {}", 1, 2, 3);
    println!("{name} is {age} years old", name = "Ferris", age = 9);
    println!("{a}-{b}-{a}", a = 1, b = 2);
    let city = "Paris";
    let temp = 21.5;
    println!("{city}: {temp}C");
    println!("{city:>10}|{temp:<8.2}|");
    println!("{0:>5} {0:<5} {0:^5}|", 7);
    println!("{0:x} {0:o} {0:b} {0:e}", 64);
    let count = 3;
    println!("{count} item(s), {} total, {count:03}", count * 2);
    println!("{v:?} {v}", v = "q");
    let big = i64::MAX;
    println!("{big:+} {big:x}");
    println!("{0}{0}{0}", '-');
}
