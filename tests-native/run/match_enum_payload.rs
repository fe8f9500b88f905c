// Matching enums with payloads: binding payloads, nested enums, literal payload patterns.
enum Op {
    Push(i64),
    Add,
    Mul,
    Neg,
    Jump { target: usize, if_zero: bool },
}

enum Outcome {
    Value(i64),
    Failed(Reason),
}

enum Reason {
    Underflow,
    BadJump(usize),
}

fn eval(ops: &[Op; 7]) -> Outcome {
    let mut stack = [0i64; 8];
    let mut sp = 0;
    let mut pc = 0;
    while pc < ops.len() {
        match &ops[pc] {
            Op::Push(v) => {
                stack[sp] = *v;
                sp += 1;
            }
            Op::Add | Op::Mul => {
                if sp < 2 {
                    return Outcome::Failed(Reason::Underflow);
                }
                let b = stack[sp - 1];
                let a = stack[sp - 2];
                sp -= 1;
                stack[sp - 1] = match ops[pc] {
                    Op::Add => a + b,
                    _ => a * b,
                };
            }
            Op::Neg => stack[sp - 1] = -stack[sp - 1],
            Op::Jump { target, if_zero: false } => {
                if *target > ops.len() {
                    return Outcome::Failed(Reason::BadJump(*target));
                }
                pc = *target;
                continue;
            }
            Op::Jump { target, if_zero: true } => {
                if stack[sp - 1] == 0 {
                    pc = *target;
                    continue;
                }
            }
        }
        pc += 1;
    }
    Outcome::Value(stack[sp - 1])
}

fn report(o: Outcome) {
    match o {
        Outcome::Value(0) => println!("zero"),
        Outcome::Value(v) if v < 0 => println!("negative {}", v),
        Outcome::Value(v) => println!("value {}", v),
        Outcome::Failed(Reason::Underflow) => println!("stack underflow"),
        Outcome::Failed(Reason::BadJump(t)) => println!("bad jump to {}", t),
    }
}

fn main() {
    let p1 = [Op::Push(6), Op::Push(7), Op::Mul, Op::Push(-2), Op::Add, Op::Neg, Op::Neg];
    report(eval(&p1));
    let p2 = [Op::Push(1), Op::Add, Op::Push(3), Op::Add, Op::Add, Op::Add, Op::Add];
    report(eval(&p2));
    let p3 = [Op::Push(5), Op::Neg, Op::Jump { target: 6, if_zero: false }, Op::Push(1), Op::Add, Op::Add, Op::Push(0)];
    report(eval(&p3));
    let p4 = [Op::Push(0), Op::Jump { target: 3, if_zero: true }, Op::Push(9), Op::Jump { target: 99, if_zero: false }, Op::Add, Op::Add, Op::Add];
    report(eval(&p4));
    let p5 = [Op::Push(2), Op::Push(-2), Op::Add, Op::Jump { target: 7, if_zero: true }, Op::Neg, Op::Neg, Op::Neg];
    report(eval(&p5));
}
