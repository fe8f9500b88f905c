// Generic sorting algorithms (insertion, selection, quick, merge) checked against Vec::sort.
fn insertion_sort<T: PartialOrd + Copy>(v: &mut Vec<T>) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn selection_sort<T: PartialOrd + Copy>(v: &mut Vec<T>) {
    for i in 0..v.len() {
        let min = (i..v.len()).min_by(|&a, &b| v[a].partial_cmp(&v[b]).unwrap()).unwrap();
        v.swap(i, min);
    }
}

fn quick_sort<T: PartialOrd + Copy>(v: Vec<T>) -> Vec<T> {
    if v.len() <= 1 {
        return v;
    }
    let pivot = v[v.len() / 2];
    let less: Vec<T> = v.iter().filter(|&&x| x < pivot).cloned().collect();
    let equal: Vec<T> = v.iter().filter(|&&x| x == pivot).cloned().collect();
    let greater: Vec<T> = v.iter().filter(|&&x| x > pivot).cloned().collect();
    let mut out = quick_sort(less);
    out.extend(equal.into_iter());
    out.extend(quick_sort(greater).into_iter());
    out
}

fn merge_sort<T: PartialOrd + Copy>(v: &Vec<T>) -> Vec<T> {
    if v.len() <= 1 {
        return v.clone();
    }
    let mid = v.len() / 2;
    let left = merge_sort(&v.iter().take(mid).cloned().collect());
    let right = merge_sort(&v.iter().skip(mid).cloned().collect());
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(v.len());
    while i < left.len() && j < right.len() {
        if left[i] <= right[j] {
            out.push(left[i]);
            i += 1;
        } else {
            out.push(right[j]);
            j += 1;
        }
    }
    out.extend(left.iter().skip(i).cloned());
    out.extend(right.iter().skip(j).cloned());
    out
}

fn main() {
    let mut seed: u32 = 7;
    let data: Vec<i32> = (0..40)
        .map(|_| {
            seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
            ((seed >> 16) % 100) as i32 - 50
        })
        .collect();
    let mut expected = data.clone();
    expected.sort();
    let mut a = data.clone();
    insertion_sort(&mut a);
    let mut b = data.clone();
    selection_sort(&mut b);
    let c = quick_sort(data.clone());
    let d = merge_sort(&data);
    println!("{:?}", &expected.iter().take(10).collect::<Vec<_>>());
    println!("insertion {} selection {} quick {} merge {}", a == expected, b == expected, c == expected, d == expected);
    let mut fl = vec![3.5, -1.25, 2.0, 9.75, 0.0];
    insertion_sort(&mut fl);
    println!("{:?} {:?}", fl, quick_sort(vec!['d', 'a', 'c', 'b']));
}
