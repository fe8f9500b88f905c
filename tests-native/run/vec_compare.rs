// Vec comparisons: ==, != and lexicographic <, <=, >, >= (runtime Vec::__eq / __partial_cmp), NaN
// elements unordered, nested Vecs, assert_eq!/assert_ne! on Vecs (and its panic message), sorting Vecs.
fn main() {
    let a = vec![1, 2, 3];
    let b = vec![1, 2, 3];
    let c = vec![1, 2];
    let d = vec![1, 3];
    println!("{} {} {} {}", a == b, a != c, a == c, c < a);
    println!("{} {} {} {}", d > a, c <= c, a >= d, Vec::<i32>::new() < c);
    let s = vec![String::from("x"), String::from("y")];
    let t = vec![String::from("x"), String::from("y")];
    println!("{} {}", s == t, s < vec![String::from("y")]);
    let f = vec![1.0, f64::NAN];
    let g = vec![1.0, 2.0];
    println!("{} {} {} {}", f < g, f > g, f == g, f != g);
    let n = vec![vec![1], vec![2, 3]];
    println!("{} {}", n == vec![vec![1], vec![2, 3]], n > vec![vec![1], vec![2]]);
    assert_eq!(a, vec![1, 2, 3]);
    assert_ne!(a, c);
    let mut vv = vec![vec![3, 1], vec![1, 9, 9], vec![1, 9], vec![]];
    vv.sort();
    println!("{:?}", vv);
    assert_eq!(c, d, "vectors differ");
}
