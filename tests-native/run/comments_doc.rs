//! Crate-level doc comment: comments of every kind must be ignored.

/// Doc comment on a function.
/// Second line.
fn documented() -> i32 {
    // line comment
    /* block comment */
    1 /* inline */ + /* another */ 2
}

/** Block doc comment. */
struct Thing {
    /// field doc
    value: i32, // trailing comment
}

/*
 * Multi-line block comment
 * /* with a nested block comment */
 * still inside the outer comment
 */
fn nested_comments() -> &'static str {
    /* /* /* deeply */ nested */ done */
    "nested ok"
}

fn main() {
    // println!("this is commented out");
    println!("{}", documented()); // 3
    let t = Thing { value: /* here */ 42 };
    println!("{}", t.value);
    println!("{}", nested_comments());
    let s = "// not a comment";
    let b = "/* not a comment either */";
    println!("{} {}", s, b);
    let url = "http://example.com";
    println!("{}", url);
    /* println!("hidden"); */
    let x = 10 // comment before semicolon
        ;
    println!("{}", x);
}
