// Moving a field out through `&mut` leaves a hole: use std::mem::take instead.
struct Buffer {
    data: Vec<u8>,
}

fn drain(b: &mut Buffer) -> Vec<u8> {
    let d = b.data; //~ ERROR cannot move out of `b.data` which is behind a mutable reference
    d
}

fn main() {
    let mut b = Buffer { data: vec![1, 2] };
    println!("{:?}", drain(&mut b));
}
