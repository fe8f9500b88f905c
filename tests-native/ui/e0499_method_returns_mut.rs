// Two live mutable references obtained from methods of the same struct.
struct Pool {
    slots: Vec<u32>,
}

impl Pool {
    fn slot(&mut self, i: usize) -> &mut u32 {
        &mut self.slots[i]
    }
}

fn main() {
    let mut p = Pool { slots: vec![0, 0] };
    let a = p.slot(0);
    let b = p.slot(1); //~ ERROR cannot borrow `p` as mutable more than once at a time
    *a += 1;
    *b += 1;
    println!("{:?}", p.slots);
}
