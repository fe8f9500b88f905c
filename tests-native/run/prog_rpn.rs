// A reverse Polish notation calculator with parse::<f64>() and a Vec stack; errors as Result.
fn eval(expr: &str) -> Result<f64, String> {
    let mut stack: Vec<f64> = Vec::new();
    for tok in expr.split_whitespace() {
        match tok {
            "+" | "-" | "*" | "/" | "^" => {
                let b = stack.pop().ok_or_else(|| format!("stack underflow at '{}'", tok))?;
                let a = stack.pop().ok_or_else(|| format!("stack underflow at '{}'", tok))?;
                let r = match tok {
                    "+" => a + b,
                    "-" => a - b,
                    "*" => a * b,
                    "/" => {
                        if b == 0.0 {
                            return Err(String::from("division by zero"));
                        }
                        a / b
                    }
                    _ => (0..b as i32).fold(1.0, |acc, _| acc * a),
                };
                stack.push(r);
            }
            num => {
                let v: f64 = num.parse().map_err(|_| format!("bad token '{}'", num))?;
                stack.push(v);
            }
        }
    }
    if stack.len() == 1 {
        Ok(stack[0])
    } else {
        Err(format!("{} values left on the stack", stack.len()))
    }
}

fn main() {
    let exprs = ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 ^", "1 0 /", "1 +", "4 2 5", "2.5 x *", "10 4 - 3 /"];
    for e in exprs.iter() {
        match eval(e) {
            Ok(v) => println!("{:<20} = {}", e, v),
            Err(msg) => println!("{:<20} ! {}", e, msg),
        }
    }
}
