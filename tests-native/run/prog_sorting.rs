// Sorting fixed arrays: bubble, insertion, selection, shell sort and a quicksort; checks and stats.
const N: usize = 20;

fn lcg(seed: &mut u64) -> u32 {
    *seed = (*seed * 1103515245 + 12345) % 2147483648;
    ((*seed / 65536) % 1000) as u32
}

fn fill(seed: u64) -> [i32; N] {
    let mut s = seed;
    let mut a = [0i32; N];
    for i in 0..N {
        a[i] = lcg(&mut s) as i32 - 500;
    }
    a
}

fn is_sorted(a: &[i32; N]) -> bool {
    for i in 1..N {
        if a[i - 1] > a[i] {
            return false;
        }
    }
    true
}

fn bubble(a: &mut [i32; N]) -> u32 {
    let mut swaps = 0;
    let mut n = N;
    let mut swapped = true;
    while swapped {
        swapped = false;
        for i in 1..n {
            if a[i - 1] > a[i] {
                let t = a[i - 1];
                a[i - 1] = a[i];
                a[i] = t;
                swaps += 1;
                swapped = true;
            }
        }
        n -= 1;
    }
    swaps
}

fn insertion(a: &mut [i32; N]) -> u32 {
    let mut moves = 0;
    for i in 1..N {
        let key = a[i];
        let mut j = i;
        while j > 0 && a[j - 1] > key {
            a[j] = a[j - 1];
            j -= 1;
            moves += 1;
        }
        a[j] = key;
    }
    moves
}

fn selection(a: &mut [i32; N]) -> u32 {
    let mut swaps = 0;
    for i in 0..N - 1 {
        let mut m = i;
        for j in i + 1..N {
            if a[j] < a[m] {
                m = j;
            }
        }
        if m != i {
            let t = a[i];
            a[i] = a[m];
            a[m] = t;
            swaps += 1;
        }
    }
    swaps
}

fn shell(a: &mut [i32; N]) {
    let mut gap = N / 2;
    while gap > 0 {
        for i in gap..N {
            let t = a[i];
            let mut j = i;
            while j >= gap && a[j - gap] > t {
                a[j] = a[j - gap];
                j -= gap;
            }
            a[j] = t;
        }
        gap /= 2;
    }
}

fn quicksort(a: &mut [i32; N], lo: usize, hi: usize, depth: u32) -> u32 {
    if lo >= hi {
        return depth;
    }
    let pivot = a[(lo + hi) / 2];
    let mut i = lo;
    let mut j = hi;
    loop {
        while a[i] < pivot {
            i += 1;
        }
        while a[j] > pivot {
            j -= 1;
        }
        if i >= j {
            break;
        }
        let t = a[i];
        a[i] = a[j];
        a[j] = t;
        i += 1;
        j -= 1;
    }
    let d1 = quicksort(a, lo, j, depth + 1);
    let d2 = quicksort(a, j + 1, hi, depth + 1);
    if d1 > d2 { d1 } else { d2 }
}

fn show(name: &str, a: &[i32; N]) {
    print!("{:>9}:", name);
    for i in 0..N {
        print!(" {}", a[i]);
    }
    println!(" sorted={}", is_sorted(a));
}

fn main() {
    let original = fill(42);
    show("original", &original);
    let mut a = original;
    let swaps = bubble(&mut a);
    show("bubble", &a);
    println!("bubble swaps {}", swaps);
    let mut b = original;
    println!("insertion moves {}", insertion(&mut b));
    let mut c = original;
    println!("selection swaps {}", selection(&mut c));
    let mut d = original;
    shell(&mut d);
    let mut e = original;
    let depth = quicksort(&mut e, 0, N - 1, 0);
    println!("quicksort depth {}", depth);
    let mut same = true;
    for i in 0..N {
        if a[i] != b[i] || b[i] != c[i] || c[i] != d[i] || d[i] != e[i] {
            same = false;
        }
    }
    println!("all agree: {}", same);
    let mut sorted_again = a;
    println!("bubble on sorted: {} swaps", bubble(&mut sorted_again));
    let mut rev = [0i32; N];
    for i in 0..N {
        rev[i] = (N - i) as i32;
    }
    println!("bubble on reversed: {} swaps", bubble(&mut rev));
    println!("median {} min {} max {}", a[N / 2], a[0], a[N - 1]);
}
