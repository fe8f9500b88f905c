// A tiny stack-based virtual machine: instructions as an enum, a program counter loop, labels resolved
// in a first pass with a HashMap.
use std::collections::HashMap;

#[derive(Debug, Clone)]
enum Ins {
    Push(i64),
    Add,
    Sub,
    Mul,
    Dup,
    Swap,
    Jz(String),
    Jmp(String),
    Label(String),
    Print,
    Halt,
}

fn parse(src: &str) -> Vec<Ins> {
    src.lines()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .map(|l| {
            let parts: Vec<&str> = l.split_whitespace().collect();
            match parts[0] {
                "push" => Ins::Push(parts[1].parse().unwrap()),
                "add" => Ins::Add,
                "sub" => Ins::Sub,
                "mul" => Ins::Mul,
                "dup" => Ins::Dup,
                "swap" => Ins::Swap,
                "jz" => Ins::Jz(parts[1].to_string()),
                "jmp" => Ins::Jmp(parts[1].to_string()),
                "print" => Ins::Print,
                "halt" => Ins::Halt,
                other => Ins::Label(other.trim_end_matches(':').to_string()),
            }
        })
        .collect()
}

fn run(prog: &Vec<Ins>) -> Vec<i64> {
    let labels: HashMap<String, usize> = prog
        .iter()
        .enumerate()
        .filter_map(|(i, ins)| match ins {
            Ins::Label(name) => Some((name.clone(), i)),
            _ => None,
        })
        .collect();
    let mut stack: Vec<i64> = Vec::new();
    let mut out = Vec::new();
    let mut pc = 0;
    let mut steps = 0;
    while pc < prog.len() && steps < 10_000 {
        steps += 1;
        match &prog[pc] {
            Ins::Push(v) => stack.push(*v),
            Ins::Add => { let b = stack.pop().unwrap(); let a = stack.pop().unwrap(); stack.push(a + b); }
            Ins::Sub => { let b = stack.pop().unwrap(); let a = stack.pop().unwrap(); stack.push(a - b); }
            Ins::Mul => { let b = stack.pop().unwrap(); let a = stack.pop().unwrap(); stack.push(a * b); }
            Ins::Dup => { let a = *stack.last().unwrap(); stack.push(a); }
            Ins::Swap => { let n = stack.len(); stack.swap(n - 1, n - 2); }
            Ins::Jz(l) => {
                if stack.pop().unwrap() == 0 {
                    pc = labels[l];
                    continue;
                }
            }
            Ins::Jmp(l) => {
                pc = labels[l];
                continue;
            }
            Ins::Label(_) => {}
            Ins::Print => out.push(*stack.last().unwrap()),
            Ins::Halt => break,
        }
        pc += 1;
    }
    out
}

fn main() {
    // factorial of 10 with a countdown loop: acc n
    let src = "
        push 1
        push 10
        loop:
        dup
        jz done
        dup
        print
        swap
        sub_placeholder:
        halt
        done:
        halt
    ";
    let prog = parse(src);
    println!("{} instructions, first {:?}", prog.len(), prog[0]);
    println!("{:?}", run(&prog));
    let fact = parse("push 1\npush 5\nl:\ndup\njz end\ndup\nswap\npush 0\nadd\nswap\npush 1\nsub\njmp l\nend:\nprint\nhalt");
    println!("{:?}", run(&fact));
    let squares = parse("push 3\ndup\nmul\nprint\npush 4\ndup\nmul\nprint\nadd\nprint");
    println!("{:?}", run(&squares));
}
