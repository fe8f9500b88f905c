// A tokenizer and recursive-descent evaluator for arithmetic with variables, using Peekable<Chars>.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Num(f64),
    Ident(String),
    Op(char),
    LParen,
    RParen,
}

fn tokenize(src: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let mut it = src.chars().peekable();
    while let Some(&c) = it.peek() {
        if c.is_whitespace() {
            it.next();
        } else if c.is_ascii_digit() || c == '.' {
            let mut s = String::new();
            while let Some(&d) = it.peek() {
                if d.is_ascii_digit() || d == '.' {
                    s.push(d);
                    it.next();
                } else {
                    break;
                }
            }
            out.push(Token::Num(s.parse().map_err(|_| format!("bad number {}", s))?));
        } else if c.is_alphabetic() {
            let mut s = String::new();
            while let Some(&d) = it.peek() {
                if d.is_alphanumeric() {
                    s.push(d);
                    it.next();
                } else {
                    break;
                }
            }
            out.push(Token::Ident(s));
        } else if "+-*/".contains(c) {
            out.push(Token::Op(c));
            it.next();
        } else if c == '(' {
            out.push(Token::LParen);
            it.next();
        } else if c == ')' {
            out.push(Token::RParen);
            it.next();
        } else {
            return Err(format!("unexpected '{}'", c));
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<Token>,
    pos: usize,
    vars: Vec<(String, f64)>,
}

impl Parser {
    fn peek(&self) -> Option<&Token> {
        self.toks.get(self.pos)
    }
    fn expr(&mut self) -> Result<f64, String> {
        let mut v = self.term()?;
        while let Some(Token::Op(op)) = self.peek().cloned() {
            if op != '+' && op != '-' {
                break;
            }
            self.pos += 1;
            let r = self.term()?;
            v = if op == '+' { v + r } else { v - r };
        }
        Ok(v)
    }
    fn term(&mut self) -> Result<f64, String> {
        let mut v = self.atom()?;
        while let Some(Token::Op(op)) = self.peek().cloned() {
            if op != '*' && op != '/' {
                break;
            }
            self.pos += 1;
            let r = self.atom()?;
            v = if op == '*' { v * r } else { v / r };
        }
        Ok(v)
    }
    fn atom(&mut self) -> Result<f64, String> {
        let t = self.peek().cloned().ok_or("unexpected end")?;
        self.pos += 1;
        match t {
            Token::Num(n) => Ok(n),
            Token::Op('-') => Ok(-self.atom()?),
            Token::Ident(name) => self.vars.iter().find(|(n, _)| *n == name).map(|(_, v)| *v).ok_or(format!("unknown variable {}", name)),
            Token::LParen => {
                let v = self.expr()?;
                match self.peek() {
                    Some(Token::RParen) => {
                        self.pos += 1;
                        Ok(v)
                    }
                    _ => Err(String::from("expected )")),
                }
            }
            other => Err(format!("unexpected {:?}", other)),
        }
    }
}

fn main() {
    let vars = vec![(String::from("pi"), 3.14159), (String::from("r"), 2.0)];
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "pi * r * r", "-(4 - 6) / 4", "2 * (3 + x)", "7 $ 2", "(1 + 2", "10 / 4 - .5"] {
        let result = tokenize(src).and_then(|toks| {
            let mut p = Parser { toks, pos: 0, vars: vars.clone() };
            p.expr()
        });
        match result {
            Ok(v) => println!("{:<14} = {}", src, v),
            Err(e) => println!("{:<14} ! {}", src, e),
        }
    }
}
