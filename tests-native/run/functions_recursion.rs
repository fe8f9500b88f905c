// Functions with parameters and return values; direct recursion.
fn fib(n: u32) -> u64 {
    if n < 2 {
        n as u64
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn fact(n: u64) -> u64 {
    if n == 0 { 1 } else { n * fact(n - 1) }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn ackermann(m: u32, n: u32) -> u32 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn power(base: i64, exp: u32) -> i64 {
    if exp == 0 {
        return 1;
    }
    let half = power(base, exp / 2);
    if exp % 2 == 0 { half * half } else { half * half * base }
}

fn hanoi(n: u32, from: char, to: char, via: char, moves: &mut u32) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to, moves);
    *moves += 1;
    if n == 3 {
        println!("move disk 3 from {} to {}", from, to);
    }
    hanoi(n - 1, via, to, from, moves);
}

fn sum_digits(n: u64) -> u64 {
    if n < 10 { n } else { n % 10 + sum_digits(n / 10) }
}

fn main() {
    for i in 0..=20 {
        print!("{} ", fib(i));
    }
    println!();
    println!("20! = {}", fact(20));
    println!("gcd = {}", gcd(1071, 462));
    println!("A(2,3) = {}, A(3,3) = {}", ackermann(2, 3), ackermann(3, 3));
    println!("3^13 = {}, (-2)^15 = {}", power(3, 13), power(-2, 15));
    let mut moves = 0;
    hanoi(5, 'A', 'C', 'B', &mut moves);
    println!("hanoi(5) took {} moves", moves);
    println!("digit sum = {}", sum_digits(9876543210));
}
