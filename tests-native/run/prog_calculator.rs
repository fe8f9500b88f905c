// Recursive-descent expression evaluator over a char array: tokens as enums, precedence, errors.
const LEN: usize = 24;

enum Tok {
    Num(i64),
    Op(char),
    LParen,
    RParen,
    End,
    Bad(char),
}

struct Parser {
    src: [char; LEN],
    len: usize,
    pos: usize,
    error: bool,
    bad: char,
}

fn load(text: &[char; LEN], len: usize) -> Parser {
    Parser { src: *text, len, pos: 0, error: false, bad: ' ' }
}

impl Parser {
    fn peek_char(&self) -> char {
        if self.pos < self.len { self.src[self.pos] } else { '\0' }
    }

    fn next(&mut self) -> Tok {
        while self.peek_char() == ' ' {
            self.pos += 1;
        }
        let c = self.peek_char();
        match c {
            '\0' => Tok::End,
            '0'..='9' => {
                let mut v: i64 = 0;
                while let '0'..='9' = self.peek_char() {
                    v = v * 10 + (self.peek_char() as i64 - '0' as i64);
                    self.pos += 1;
                }
                Tok::Num(v)
            }
            '+' | '-' | '*' | '/' | '%' => {
                self.pos += 1;
                Tok::Op(c)
            }
            '(' => {
                self.pos += 1;
                Tok::LParen
            }
            ')' => {
                self.pos += 1;
                Tok::RParen
            }
            other => {
                self.pos += 1;
                Tok::Bad(other)
            }
        }
    }

    fn peek(&mut self) -> Tok {
        let save = self.pos;
        let t = self.next();
        self.pos = save;
        t
    }

    // expr := term (('+' | '-') term)*
    fn expr(&mut self) -> i64 {
        let mut v = self.term();
        loop {
            match self.peek() {
                Tok::Op('+') => {
                    self.next();
                    v += self.term();
                }
                Tok::Op('-') => {
                    self.next();
                    v -= self.term();
                }
                _ => return v,
            }
        }
    }

    // term := factor (('*' | '/' | '%') factor)*
    fn term(&mut self) -> i64 {
        let mut v = self.factor();
        loop {
            match self.peek() {
                Tok::Op(op @ ('*' | '/' | '%')) => {
                    self.next();
                    let rhs = self.factor();
                    if op == '*' {
                        v *= rhs;
                    } else if rhs == 0 {
                        self.error = true;
                        return 0;
                    } else if op == '/' {
                        v /= rhs;
                    } else {
                        v %= rhs;
                    }
                }
                _ => return v,
            }
        }
    }

    // factor := number | '-' factor | '(' expr ')'
    fn factor(&mut self) -> i64 {
        match self.next() {
            Tok::Num(n) => n,
            Tok::Op('-') => -self.factor(),
            Tok::LParen => {
                let v = self.expr();
                match self.next() {
                    Tok::RParen => v,
                    _ => {
                        self.error = true;
                        0
                    }
                }
            }
            Tok::Bad(c) => {
                self.bad = c;
                self.error = true;
                0
            }
            Tok::End | Tok::RParen | Tok::Op(_) => {
                self.error = true;
                0
            }
        }
    }
}

fn evaluate(chars: &[char; LEN], len: usize) {
    let mut p = load(chars, len);
    for i in 0..len {
        print!("{}", chars[i]);
    }
    let v = p.expr();
    let trailing = match p.next() {
        Tok::End => false,
        _ => true,
    };
    if p.error || trailing {
        if p.bad != ' ' {
            println!(" => error at {}: unexpected {:?}", p.pos, p.bad);
        } else {
            println!(" => error at {}", p.pos);
        }
    } else {
        println!(" => {}", v);
    }
}

fn main() {
    let inputs = [
        ['1', ' ', '+', ' ', '2', ' ', '*', ' ', '3', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0'],
        ['(', '1', ' ', '+', ' ', '2', ')', ' ', '*', ' ', '3', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0'],
        ['1', '0', '0', ' ', '/', ' ', '7', ' ', '%', ' ', '4', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0'],
        ['-', '(', '4', ' ', '-', ' ', '1', '0', ')', ' ', '*', ' ', '-', '2', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0'],
        ['2', ' ', '*', ' ', '(', '3', ' ', '+', ' ', '4', ')', ' ', '*', ' ', '(', '5', ' ', '-', ' ', '1', ')', '\0', '\0', '\0'],
        ['8', ' ', '/', ' ', '(', '4', ' ', '-', ' ', '4', ')', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0'],
        ['1', ' ', '+', ' ', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0'],
        ['1', '2', ' ', '$', ' ', '3', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0'],
        ['(', '(', '7', ')', ')', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0'],
        ['4', '2', ' ', '4', '2', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0'],
        ['2', '*', '3', '*', '4', '*', '5', '*', '6', '*', '7', '*', '8', '*', '9', '*', '1', '0', '\0', '\0', '\0', '\0', '\0', '\0'],
        ['(', '(', '(', '1', '+', '2', ')', '*', '(', '3', '+', '4', ')', ')', '-', '5', ')', '\0', '\0', '\0', '\0', '\0', '\0', '\0'],
        ['3', ' ', '*', ' ', '#', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0', '\0'],
    ];
    for i in 0..inputs.len() {
        let mut len = 0;
        while len < LEN && inputs[i][len] != '\0' {
            len += 1;
        }
        evaluate(&inputs[i], len);
    }
}
