// A format string that asks for more arguments than the macro was given.
fn main() {
    println!("{} {}", 1); //~ ERROR 2 positional arguments in format string, but there is 1 argument
}
