// Drop check accepts what rustc accepts: a value with a `Drop` impl that borrows something declared
// before it (dropped first), references inside library containers (their drops never use them), and
// borrowers without a `Drop` impl of their own.
struct Holder<'a> {
    r: &'a String,
}

impl Drop for Holder<'_> {
    fn drop(&mut self) {
        println!("dropping holder of {}", self.r);
    }
}

struct Plain<'a> {
    r: &'a String,
}

fn main() {
    let s = String::from("first");
    let h = Holder { r: &s };
    println!("made {}", h.r);
    let v;
    let t = String::from("in a vec");
    v = vec![&t];
    println!("{:?}", v);
    let p;
    let u = String::from("plain");
    p = Plain { r: &u };
    println!("{}", p.r);
    let hs: Vec<Holder> = vec![Holder { r: &s }, Holder { r: &t }];
    println!("{} holders", hs.len());
}
