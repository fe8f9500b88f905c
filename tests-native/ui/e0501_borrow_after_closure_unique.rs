// A closure holds unique access to `*a` until its last call (rustc: E0501).
fn inside_closure(x: &mut i32) {
    *x += 1;
}

fn outside_closure(x: &mut i32) {
    *x += 2;
}

fn foo(a: &mut i32) {
    let mut bar = || {
        inside_closure(a)
    };
    outside_closure(a); //~ ERROR cannot borrow `*a` as mutable because previous closure requires unique access
    bar();
}

fn main() {
    let mut x = 1;
    foo(&mut x);
    println!("{}", x);
}
