// A block comment that never ends (nested comments need every `/*` closed).
fn main() {
    println!("hi");
}

//~v ERROR unterminated block comment
/* outer
   /* inner */
   still inside the outer comment
