// break to a label that does not exist.
fn main() {
    'outer: for i in 0..3 {
        for j in 0..3 {
            if i == j {
                break 'outr; //~ ERROR use of undeclared label `'outr`
            }
            if j > i {
                continue 'outer;
            }
        }
    }
}
