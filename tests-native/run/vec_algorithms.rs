// Classic algorithms on Vec: insertion sort, binary search, a stack machine, primes, Pascal's triangle.
fn insertion_sort(v: &mut Vec<i32>) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn binary_search(v: &Vec<i32>, target: i32) -> Option<usize> {
    let mut lo = 0;
    let mut hi = v.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] == target {
            return Some(mid);
        } else if v[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    None
}

enum Op {
    Push(i64),
    Add,
    Mul,
    Dup,
}

fn run(program: &Vec<Op>) -> Option<i64> {
    let mut stack: Vec<i64> = Vec::new();
    for op in program {
        match op {
            Op::Push(v) => stack.push(*v),
            Op::Add => {
                let a = stack.pop()?;
                let b = stack.pop()?;
                stack.push(a + b);
            }
            Op::Mul => {
                let a = stack.pop()?;
                let b = stack.pop()?;
                stack.push(a * b);
            }
            Op::Dup => {
                let top = *stack.last()?;
                stack.push(top);
            }
        }
    }
    stack.pop()
}

fn primes(limit: usize) -> Vec<usize> {
    let mut sieve = vec![true; limit + 1];
    let mut out = Vec::new();
    for i in 2..=limit {
        if sieve[i] {
            out.push(i);
            let mut j = i * i;
            while j <= limit {
                sieve[j] = false;
                j += i;
            }
        }
    }
    out
}

fn main() {
    let mut v = vec![42, 7, -3, 19, 0, 7, 100, -50];
    insertion_sort(&mut v);
    for x in &v {
        print!("{} ", x);
    }
    println!();
    println!("{:?} {:?}", binary_search(&v, 19).is_some(), binary_search(&v, 5).is_none());
    println!("19 at {}", binary_search(&v, 19).unwrap());
    let prog = vec![Op::Push(3), Op::Dup, Op::Mul, Op::Push(4), Op::Add];
    match run(&prog) {
        Some(r) => println!("result {}", r),
        None => println!("stack underflow"),
    }
    let bad = vec![Op::Add];
    println!("{}", run(&bad).is_none());
    let ps = primes(50);
    println!("{} primes, last {}", ps.len(), ps[ps.len() - 1]);
    let mut row: Vec<u64> = vec![1];
    for _ in 0..10 {
        let mut next = vec![1u64];
        for i in 1..row.len() {
            next.push(row[i - 1] + row[i]);
        }
        next.push(1);
        row = next;
    }
    for x in &row {
        print!("{} ", x);
    }
    println!();
    let mut names = Vec::new();
    names.push("b");
    names.insert(0, "a");
    names.push("c");
    let removed = names.remove(1);
    println!("{} {} {}", names.len(), removed, names[1]);
}
