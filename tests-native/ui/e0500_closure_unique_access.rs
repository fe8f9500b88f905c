// A closure that writes through a captured `&mut` needs unique access to what it points to (rustc: E0500).
fn you_know_nothing(jon_snow: &mut i32) {
    let nights_watch = &jon_snow;
    let mut starks = || { //~ ERROR closure requires unique access to `*jon_snow` but it is already borrowed
        *jon_snow = 3;
    };
    starks();
    println!("{}", nights_watch);
}

fn main() {
    let mut x = 1;
    you_know_nothing(&mut x);
}
