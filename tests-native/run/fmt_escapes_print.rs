// Escaped braces, print! without a newline, empty println!, and mixing stdout segments.
fn main() {
    println!("{{}}");
    println!("{{{}}}", 5);
    println!("a{{b}}c");
    print!("no newline, ");
    print!("still the same line");
    println!();
    println!("");
    print!("{}-{}", 1, 2);
    print!("\n");
    let mut i = 0;
    while i < 5 {
        print!("{}", i);
        if i < 4 {
            print!(",");
        }
        i += 1;
    }
    println!();
    println!("{{{0}}} {{{0:?}}}", "s");
    println!("100% sure");
    println!("back\\slash");
    print!("last line without newline");
}
