// `loop` with `break value`: the loop is an expression.
fn first_square_above(limit: u32) -> u32 {
    let mut i = 0;
    loop {
        if i * i > limit {
            break i * i;
        }
        i += 1;
    }
}

fn main() {
    println!("{}", first_square_above(50));
    println!("{}", first_square_above(1000));
    let mut count = 0;
    let result = loop {
        count += 3;
        if count % 7 == 0 {
            break count;
        }
    };
    println!("result = {}", result);
    let mut x = 100;
    loop {
        x -= 17;
        if x < 0 {
            break;
        }
    }
    println!("x = {}", x);
    let found = loop {
        break 'z';
    };
    println!("found = {}", found);
    let mut a = 0;
    let pair = loop {
        a += 1;
        if a == 4 {
            break (a, a * a);
        }
    };
    println!("{} {}", pair.0, pair.1);
}
