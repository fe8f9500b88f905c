// A char literal holding more than one character.
fn main() {
    let c = 'ab'; //~ ERROR character literal may only contain one codepoint
    println!("{}", c);
}
