// A line-oriented mini language: `let x = expr`, `print expr`, with + - * / on integers and variables
// kept in a HashMap; errors are reported with line numbers.
use std::collections::HashMap;

fn eval(expr: &str, vars: &HashMap<String, i64>) -> Result<i64, String> {
    let tokens: Vec<&str> = expr.split_whitespace().collect();
    if tokens.is_empty() {
        return Err(String::from("empty expression"));
    }
    let value = |t: &str| -> Result<i64, String> {
        match t.parse::<i64>() {
            Ok(n) => Ok(n),
            Err(_) => vars.get(t).copied().ok_or(format!("unknown variable `{}`", t)),
        }
    };
    let mut acc = value(tokens[0])?;
    let mut i = 1;
    while i + 1 < tokens.len() + 1 && i < tokens.len() {
        let rhs = value(tokens.get(i + 1).ok_or(String::from("missing operand"))?)?;
        acc = match tokens[i] {
            "+" => acc + rhs,
            "-" => acc - rhs,
            "*" => acc * rhs,
            "/" => {
                if rhs == 0 {
                    return Err(String::from("division by zero"));
                }
                acc / rhs
            }
            op => return Err(format!("unknown operator `{}`", op)),
        };
        i += 2;
    }
    Ok(acc)
}

fn main() {
    let program = "let a = 6\nlet b = a * 7\nprint b\nprint b - a / 2\nlet c = b / 0\nprint d + 1\nlet a = a + 1\nprint a\nprint a %% 2";
    let mut vars: HashMap<String, i64> = HashMap::new();
    for (no, line) in program.lines().enumerate() {
        let line = line.trim();
        let result = if let Some(rest) = line.strip_prefix("let ") {
            match rest.split_once('=') {
                Some((name, expr)) => eval(expr, &vars).map(|v| {
                    vars.insert(name.trim().to_string(), v);
                    None
                }),
                None => Err(String::from("expected `=`")),
            }
        } else if let Some(expr) = line.strip_prefix("print ") {
            eval(expr, &vars).map(Some)
        } else {
            Err(format!("unknown statement `{}`", line))
        };
        match result {
            Ok(Some(v)) => println!("{}", v),
            Ok(None) => {}
            Err(e) => println!("line {}: error: {}", no + 1, e),
        }
    }
    let mut names: Vec<(&String, &i64)> = vars.iter().collect();
    names.sort();
    println!("{:?}", names);
}
